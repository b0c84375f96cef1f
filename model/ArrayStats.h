#pragma once

#include <QtGlobal>

namespace skops {

// Summary statistics of a numeric array (complex: the real part). min, max,
// mean and standardDeviation (population, ddof = 0) cover the finite values
// only and are NaN when there are none.
struct ArrayStats
{
    qint64 count = 0;
    qint64 finiteCount = 0;
    qint64 nanCount = 0;
    qint64 positiveInfinityCount = 0;
    qint64 negativeInfinityCount = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double standardDeviation = 0;
};

} // namespace skops
