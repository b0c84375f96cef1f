#include "ArrayStatistics.h"

#include "StatsAccumulator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace skops {

namespace {

// Values per pass over a buffer: 128 KiB of doubles, so that the second pass
// of StatsAccumulator over a chunk finds it still in cache.
constexpr qint64 kChunk = 1 << 14;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

Error ArrayStatistics::numericError(const Source &source)
{
    return makeError(ErrorCode::UnsupportedDtype,
        tr("Statistics need numeric values, not '%1'.").arg(source.array->dtype().name()));
}

Status ArrayStatistics::forEachChunk(const Source &source, const std::atomic<bool> *cancel,
    const Progress &progress, const std::function<void(const double *, qint64)> &consume)
{
    const NpyArray &array = *source.array;
    const bool structured = array.dtype().isStructured();
    if (structured ? !(source.slice && source.slice->isNumeric(source.field))
                   : !array.dtype().isNumeric())
        return numericError(source);
    const NpyArray *mask = source.mask;
    if (mask && mask->shape().empty()) {
        if (mask->toInt64(0) != 0)
            return Status(); // everything is masked
        mask = nullptr;
    }
    const qint64 total = array.size();
    std::vector<double> values(size_t(std::min(total, kChunk)));
    std::vector<double> maskValues(mask ? values.size() : 0);
    // Storage order is the fast path; it fits the mask only when both are
    // stored in the same order.
    const bool storageOrder
        = !structured && (!mask || mask->header().fortranOrder() == array.header().fortranOrder());
    qint64 released = 0; // storage order only: other orders come back to pages
    for (qint64 first = 0; first < total; first += kChunk) {
        if (cancelled(cancel))
            return makeError(ErrorCode::Cancelled, tr("The computation was cancelled."));
        const qint64 count = std::min(kChunk, total - first);
        if (storageOrder) {
            array.decodeDoubles(first, count, values.data());
            if (mask)
                mask->decodeDoubles(first, count, maskValues.data());
        } else {
            for (qint64 i = 0; i < count; ++i) {
                values[size_t(i)] = structured
                    ? source.slice->value(array, first + i, source.field)
                    : array.toDouble(first + i);
                if (mask)
                    maskValues[size_t(i)] = double(mask->toInt64(first + i));
            }
        }
        qint64 kept = count;
        if (mask) {
            kept = 0;
            for (qint64 i = 0; i < count; ++i) {
                if (maskValues[size_t(i)] == 0)
                    values[size_t(kept++)] = values[size_t(i)];
            }
        }
        consume(values.data(), kept);
        if (const qint64 done = first + count;
            storageOrder && (done - released >= array.releaseStride() || done == total)) {
            array.releaseResidentPages(released, done - released);
            if (mask)
                mask->releaseResidentPages(released, done - released);
            released = done;
        }
        if (progress)
            progress(first + count, total);
    }
    return Status();
}

Result<ArrayStats> ArrayStatistics::stats(
    const Source &source, const std::atomic<bool> *cancel, const Progress &progress)
{
    StatsAccumulator accumulator;
    const Status status = forEachChunk(source, cancel, progress,
        [&accumulator](const double *values, qint64 count) { accumulator.add(values, count); });
    if (!status)
        return status.error();
    return accumulator.result();
}

Histogram ArrayStatistics::histogramLayout(double min, double max, bool integral, int maxBins)
{
    Histogram layout;
    if (!std::isfinite(min) || !std::isfinite(max) || min > max || maxBins < 1)
        return layout;
    int bins = maxBins;
    if (integral && max - min < double(maxBins)) {
        bins = int(max - min) + 1;
        layout.min = min - 0.5;
        layout.max = max + 0.5;
    } else if (min == max) {
        bins = 1;
        layout.min = min - 0.5;
        layout.max = max + 0.5;
    } else {
        layout.min = min;
        layout.max = max;
    }
    layout.counts.assign(size_t(bins), 0);
    return layout;
}

Result<Histogram> ArrayStatistics::histogram(
    const Source &source, Histogram layout, const std::atomic<bool> *cancel, const Progress &progress)
{
    const auto bins = qint64(layout.counts.size());
    std::fill(layout.counts.begin(), layout.counts.end(), 0);
    layout.outside = 0;
    // Halved values keep the span finite even for ranges near ±DBL_MAX.
    const double halfMin = layout.min * 0.5;
    const double span = layout.max * 0.5 - halfMin;
    const double scale = span > 0 ? double(bins) / span : 0;
    const Status status = forEachChunk(source, cancel, progress,
        [&](const double *values, qint64 count) {
            for (qint64 i = 0; i < count; ++i) {
                const double value = values[i];
                if (!std::isfinite(value))
                    continue;
                if (bins == 0 || value < layout.min || value > layout.max) {
                    ++layout.outside;
                    continue;
                }
                // Clamped as a double: over a subnormal span the scale is
                // infinite, and converting inf or NaN to an integer is undefined.
                const double position = (value * 0.5 - halfMin) * scale;
                const double bin
                    = std::isnan(position) ? 0.0 : std::clamp(position, 0.0, double(bins - 1));
                ++layout.counts[size_t(bin)];
            }
        });
    if (!status)
        return status.error();
    return layout;
}

Result<HeatmapGrid> ArrayStatistics::heatmap(const Source &source, BlockReduction reduction,
    int maxCells, const std::atomic<bool> *cancel, const Progress &progress)
{
    if (!source.slice)
        return makeError(ErrorCode::InvalidArgument, tr("A heatmap needs a slice of the array."));
    const NpyArray &array = *source.array;
    const ArraySlice &slice = *source.slice;
    if (!slice.isNumeric(source.field))
        return numericError(source);
    const qint64 rows = slice.rowCount();
    const qint64 columns = slice.elementColumnCount();
    HeatmapGrid grid;
    maxCells = std::max(maxCells, 1);
    grid.blockRows = std::max<qint64>(1, ceilDiv(rows, maxCells));
    grid.blockColumns = std::max<qint64>(1, ceilDiv(columns, maxCells));
    grid.rows = int(ceilDiv(rows, grid.blockRows));
    grid.columns = int(ceilDiv(columns, grid.blockColumns));
    const size_t cells = size_t(grid.rows) * size_t(grid.columns);
    grid.values.assign(cells, reduction == BlockReduction::Mean ? 0.0 : std::nan(""));
    std::vector<qint64> counts(cells, 0);
    const int fieldCount = slice.fieldCount();
    qint64 sinceCheck = 0;
    for (qint64 row = 0; row < rows; ++row) {
        const size_t gridRow = size_t(row / grid.blockRows) * size_t(grid.columns);
        for (qint64 column = 0; column < columns; ++column) {
            if (++sinceCheck == kChunk) {
                sinceCheck = 0;
                if (cancelled(cancel))
                    return makeError(ErrorCode::Cancelled, tr("The computation was cancelled."));
            }
            const qint64 flat = slice.flatIndex(row, column * fieldCount + source.field);
            if (ArraySlice::isMasked(source.mask, flat))
                continue;
            const double value = slice.value(array, flat, source.field);
            if (!std::isfinite(value))
                continue;
            const size_t cell = gridRow + size_t(column / grid.blockColumns);
            double &block = grid.values[cell];
            ++counts[cell];
            const auto seen = double(counts[cell]);
            if (reduction == BlockReduction::Mean)
                block += value / seen - block / seen; // a running mean of scaled terms cannot overflow
            else if (counts[cell] == 1 || std::fabs(value) > std::fabs(block))
                block = value;
        }
        if (progress)
            progress(row + 1, rows);
    }
    grid.min = std::numeric_limits<double>::infinity();
    grid.max = -std::numeric_limits<double>::infinity();
    for (size_t cell = 0; cell < cells; ++cell) {
        double &block = grid.values[cell];
        if (counts[cell] == 0) {
            block = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        grid.min = std::min(grid.min, block);
        grid.max = std::max(grid.max, block);
    }
    if (grid.min > grid.max)
        grid.min = grid.max = std::numeric_limits<double>::quiet_NaN();
    return grid;
}

} // namespace skops
