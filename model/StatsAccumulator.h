#pragma once

#include "ArrayStats.h"

#include <QtGlobal>
#include <limits>

namespace skops {

// Accumulates ArrayStats over blocks of values: each block in two passes
// (mean, then squared deviations), blocks merged with Chan's formula, so
// that it is both numerically stable and fast.
class StatsAccumulator
{
public:
    void add(const double *values, qint64 count);
    ArrayStats result() const;

private:
    ArrayStats m_stats;
    double m_mean = 0;
    double m_squaredDeviations = 0;
    double m_min = std::numeric_limits<double>::infinity();
    double m_max = -std::numeric_limits<double>::infinity();
};

} // namespace skops
