#pragma once

#include "Limits.h"
#include "NpyArray.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace skops {

// A scipy sparse matrix saved with scipy.sparse.save_npz: an .npz (a ZIP of
// .npy members) nested inside the .skops archive. Opening it checks every
// component against the format's rules, so that densifying it never indexes
// outside the stored arrays.
class SparseMatrix
{
public:
    enum class Format { Csr, Csc, Bsr, Dia, Coo };

    // One inner member, in central-directory order.
    struct Member
    {
        QString name; // e.g. "indptr.npy"
        quint16 method = 0; // 0 stored, 8 deflated
        NpyArray array;
    };

    // The nested archive gets the same limits, with at most
    // limits.maxNpzMembers members, each of which must be an .npy array.
    static Result<SparseMatrix> fromNpz(
        const MemberBytes &npz, const QString &displayName, const Limits &limits = Limits());

    // The class scipy.sparse.load_npz builds from an .npz, which the node's
    // own label does not decide: "<format>_matrix", or "<format>_array" when
    // the npz holds a true _is_array. Reads only those two small members.
    static Result<QString> loadedClassName(
        const MemberBytes &npz, const QString &displayName, const Limits &limits = Limits());

    Format format() const { return m_format; }
    QString formatName() const; // "csr", "csc", "bsr", "dia" or "coo"
    qint64 rows() const { return m_rows; }
    qint64 columns() const { return m_columns; }
    // scipy's nnz: stored entries (for dia: positions on the diagonals).
    qint64 nnz() const { return m_nnz; }
    const std::vector<Member> &members() const { return m_members; }
    // A component by key: "data", "indices", "indptr", "row", "col",
    // "offsets", "format" or "shape"; nullptr when absent.
    const NpyArray *component(const QString &key) const;
    const NpyArray &data() const { return *component(QStringLiteral("data")); }

    // math.fsum over the densified matrix as float64 (complex: the real
    // part), with values at the same position first added in the matrix
    // dtype, as scipy's toarray() does.
    double denseSum() const;

    // The oracle fields: format, shape, nnz, dtype, data_sum, dense_sum and
    // npz_members (skops-format.md, appendix).
    nlohmann::json oracleSummary() const;

private:
    SparseMatrix() = default;
    Status validate();
    Status validateCompressed(const NpyArray &indices, const NpyArray &indptr, qint64 majorCount,
        qint64 minorCount, qint64 entryCount);

    Format m_format = Format::Csr;
    qint64 m_rows = 0;
    qint64 m_columns = 0;
    qint64 m_nnz = 0;
    qint64 m_blockRows = 1; // bsr block size
    qint64 m_blockColumns = 1;
    QString m_displayName;
    std::vector<Member> m_members;
};

} // namespace skops
