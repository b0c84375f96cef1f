// libFuzzer target: a scipy sparse .npz (a ZIP of .npy members) as the
// sparse views decode it: validation, the oracle summary, the dense sum.
#include "FuzzSupport.h"
#include "SparseMatrix.h"

#include <nlohmann/json.hpp>

using namespace skops;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const MemberBytes npz = MemberBytes::fromByteArray(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Result<SparseMatrix> matrix
        = SparseMatrix::fromNpz(npz, QStringLiteral("fuzz.npz"), fuzz::fuzzLimits());
    if (!matrix.ok())
        return 0;
    if (matrix->rows() < 0 || matrix->columns() < 0 || matrix->nnz() < 0)
        fuzz::fail("an accepted sparse matrix has a negative shape or nnz");
    matrix->formatName();
    for (const SparseMatrix::Member &member : matrix->members())
        member.array.oracleFirst();
    matrix->oracleSummary();
    return 0;
}
