// libFuzzer target: an .npy member's header and data decoding, as the array
// views use them (NpyArray, ArraySlice, ArrayStatistics).
#include "ArraySlice.h"
#include "ArrayStatistics.h"
#include "FuzzSupport.h"
#include "NpyArray.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace skops;

namespace {

// The first and the last elements: what a table page, a tooltip and the
// oracle summary touch, without a loop over a huge 0-byte-item array.
void decodeEnds(const NpyArray &array)
{
    const qint64 size = array.size();
    for (qint64 index : {qint64(0), qint64(1), size / 2, size - 2, size - 1, size, qint64(-1)}) {
        array.toText(index);
        array.toDouble(index);
        array.toLongDouble(index);
        array.toInt64(index);
        if (index >= 0 && index < size)
            array.oracleValue(index);
    }
    array.oracleFirst();
    double values[64];
    const qint64 written = array.decodeDoubles(std::max<qint64>(0, size - 64), 64, values);
    if (written < 0 || written > 64)
        fuzz::fail("decodeDoubles wrote outside its buffer");
}

void decodeSlice(const NpyArray &array)
{
    ArraySlice slice(array.shape(), array.dtype());
    const qint64 rows = std::min<qint64>(slice.rowCount(), 8);
    const qint64 columns = std::min<qint64>(slice.columnCount(), 8);
    for (qint64 row = 0; row < rows; ++row) {
        slice.rowLabel(row);
        for (qint64 column = 0; column < columns; ++column) {
            const qint64 flat = slice.flatIndex(row, column);
            if (flat < -1 || flat >= std::max<qint64>(array.size(), 1))
                fuzz::fail("ArraySlice::flatIndex points outside the array");
            slice.columnLabel(column);
            slice.text(array, flat, slice.fieldOfColumn(column));
            slice.value(array, flat, slice.fieldOfColumn(column));
        }
    }
    if (slice.dimensionCount() >= 2)
        slice.setAxes(slice.dimensionCount() - 1, 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const MemberBytes member = MemberBytes::fromByteArray(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Result<NpyArray> array = NpyArray::fromMember(member, fuzz::fuzzLimits());
    if (!array.ok())
        return 0;
    if (array->header().dataByteCount() > member.size())
        fuzz::fail("an accepted header promises more data than the member holds");
    decodeEnds(array.value());
    decodeSlice(array.value());
    // Whole-array passes: bounded by the member's real size and the limits.
    array->oracleSum();
    ArrayStatistics::Source source;
    source.array = &array.value();
    const Result<ArrayStats> stats = ArrayStatistics::stats(source);
    if (stats.ok() && stats->finiteCount > 0 && std::isfinite(stats->min) && std::isfinite(stats->max))
        ArrayStatistics::histogram(source, ArrayStatistics::histogramLayout(stats->min, stats->max, false, 16));
    return 0;
}
