#pragma once

#include <QString>
#include <QTest>

#include <nlohmann/json.hpp>

// Exact comparison of JSON values with the oracles: integers with integers
// (full 64-bit range), floats with floats bit for bit (sign of zero, NaN).
namespace testdata {
// Empty when equal; otherwise where and how they differ.
QString jsonDifference(const nlohmann::json &actual, const nlohmann::json &expected,
                       const QString &where = QString());
} // namespace testdata

#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const QString difference_ = testdata::jsonDifference((actual), (expected));                          \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                  \
    } while (false)
