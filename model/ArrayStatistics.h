#pragma once

#include "ArraySlice.h"
#include "ArrayStats.h"
#include "NpyArray.h"
#include "Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

namespace skops {

// Counts of the finite values in equal-width bins over [min, max]; the last
// bin includes max. Values outside the range are counted apart.
struct Histogram
{
    double min = 0;
    double max = 0;
    std::vector<qint64> counts;
    qint64 outside = 0;

    double binWidth() const { return counts.empty() ? 0 : (max - min) / double(counts.size()); }
    double binStart(int bin) const { return min + binWidth() * bin; }
};

// A 2-D slice reduced to at most maxCells × maxCells blocks for a heatmap:
// each block is the mean (or the value of largest magnitude) of its finite
// values, NaN when it has none. min and max span the block values.
struct HeatmapGrid
{
    int rows = 0;
    int columns = 0;
    qint64 blockRows = 1; // slice rows per grid row
    qint64 blockColumns = 1;
    std::vector<double> values; // row-major, rows × columns
    double min = 0;
    double max = 0;

    double at(int row, int column) const { return values[size_t(row) * size_t(columns) + size_t(column)]; }
};

// Off-thread passes over an array's values for the explorer's statistics,
// histogram and heatmap, in chunks: `cancel` stops them with
// ErrorCode::Cancelled, `progress` (when set) hears how far they are. Masked
// values (numpy.ma, see ArraySlice::isMasked) are left out; for structured
// dtypes the values are those of one numeric field.
class ArrayStatistics
{
    Q_DECLARE_TR_FUNCTIONS(ArrayStatistics)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    enum class BlockReduction { Mean, MaxAbs };
    static constexpr int kMaxHeatmapCells = 1024;

    struct Source
    {
        const NpyArray *array = nullptr;
        const NpyArray *mask = nullptr;
        // The slice's fields; ignored for plain dtypes.
        const ArraySlice *slice = nullptr;
        int field = 0;
    };

    static Result<ArrayStats> stats(const Source &source,
        const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    // Fills the counts of `layout` (see histogramLayout).
    static Result<Histogram> histogram(const Source &source, Histogram layout,
        const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    // The current 2-D slice of source.slice (which is required).
    static Result<HeatmapGrid> heatmap(const Source &source, BlockReduction reduction,
        int maxCells = kMaxHeatmapCells, const std::atomic<bool> *cancel = nullptr,
        const Progress &progress = {});

    // Empty bins for values in [min, max]: one bin per integer for integer
    // data spanning at most `maxBins` values, else `maxBins` equal bins; a
    // single value gets a bin one unit wide around it.
    static Histogram histogramLayout(double min, double max, bool integral, int maxBins);

private:
    static Status forEachChunk(const Source &source, const std::atomic<bool> *cancel,
        const Progress &progress, const std::function<void(const double *, qint64)> &consume);
    static Error numericError(const Source &source);
};

} // namespace skops
