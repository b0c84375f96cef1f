#include "StatsAccumulator.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace skops {

namespace {

// Sum, min and max of a block in four independent lanes (no dependency
// chain from one value to the next). Only meaningful when the sum comes out
// finite, which also proves that every value was finite.
struct BlockTotals
{
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
};

BlockTotals laneTotals(const double *values, qint64 count)
{
    constexpr int kLanes = 4;
    double sum[kLanes] = {};
    double min[kLanes];
    double max[kLanes];
    std::fill(std::begin(min), std::end(min), std::numeric_limits<double>::infinity());
    std::fill(std::begin(max), std::end(max), -std::numeric_limits<double>::infinity());
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const double value = values[i + lane];
            sum[lane] += value;
            min[lane] = value < min[lane] ? value : min[lane];
            max[lane] = value > max[lane] ? value : max[lane];
        }
    }
    for (; i < count; ++i) {
        sum[0] += values[i];
        min[0] = values[i] < min[0] ? values[i] : min[0];
        max[0] = values[i] > max[0] ? values[i] : max[0];
    }
    BlockTotals totals;
    totals.sum = (sum[0] + sum[1]) + (sum[2] + sum[3]);
    totals.min = std::min(std::min(min[0], min[1]), std::min(min[2], min[3]));
    totals.max = std::max(std::max(max[0], max[1]), std::max(max[2], max[3]));
    return totals;
}

double laneSquaredDeviations(const double *values, qint64 count, double mean)
{
    constexpr int kLanes = 4;
    double sum[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const double deviation = values[i + lane] - mean;
            sum[lane] += deviation * deviation;
        }
    }
    for (; i < count; ++i)
        sum[0] += (values[i] - mean) * (values[i] - mean);
    return (sum[0] + sum[1]) + (sum[2] + sum[3]);
}

} // namespace

void StatsAccumulator::add(const double *values, qint64 count)
{
    if (count <= 0)
        return;
    m_stats.count += count;
    BlockTotals totals = laneTotals(values, count);
    qint64 finite = count;
    double mean = totals.sum / double(count);
    double squaredDeviations = 0;
    if (std::isfinite(totals.sum)) {
        squaredDeviations = laneSquaredDeviations(values, count, mean);
    } else {
        // NaN, infinities, or a sum that overflowed: count and skip the
        // non-finite values, and average scaled values.
        totals = BlockTotals();
        finite = 0;
        for (qint64 i = 0; i < count; ++i) {
            const double value = values[i];
            if (std::isfinite(value)) {
                ++finite;
                totals.min = std::min(totals.min, value);
                totals.max = std::max(totals.max, value);
            } else if (std::isnan(value)) {
                ++m_stats.nanCount;
            } else {
                ++(value > 0 ? m_stats.positiveInfinityCount : m_stats.negativeInfinityCount);
            }
        }
        if (finite == 0)
            return;
        // A running mean of scaled terms cannot overflow.
        mean = 0;
        qint64 seen = 0;
        for (qint64 i = 0; i < count; ++i) {
            if (!std::isfinite(values[i]))
                continue;
            ++seen;
            mean = seen == 1 ? values[i] : mean + (values[i] / double(seen) - mean / double(seen));
        }
        for (qint64 i = 0; i < count; ++i) {
            if (std::isfinite(values[i]))
                squaredDeviations += (values[i] - mean) * (values[i] - mean);
        }
    }
    if (m_stats.finiteCount == 0) {
        m_mean = mean;
        m_squaredDeviations = squaredDeviations;
    } else {
        const auto before = double(m_stats.finiteCount);
        const double total = before + double(finite);
        const double delta = mean - m_mean;
        // Weighted, not m_mean + delta × weight: delta may overflow.
        m_mean = m_mean * (before / total) + mean * (double(finite) / total);
        m_squaredDeviations += squaredDeviations + delta * delta * (before * double(finite) / total);
    }
    m_stats.finiteCount += finite;
    m_min = std::min(m_min, totals.min);
    m_max = std::max(m_max, totals.max);
}

ArrayStats StatsAccumulator::result() const
{
    ArrayStats stats = m_stats;
    if (stats.finiteCount == 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        stats.min = stats.max = stats.mean = stats.standardDeviation = nan;
    } else {
        stats.min = m_min;
        stats.max = m_max;
        stats.mean = m_mean;
        stats.standardDeviation = std::sqrt(m_squaredDeviations / double(stats.finiteCount));
    }
    return stats;
}

} // namespace skops
