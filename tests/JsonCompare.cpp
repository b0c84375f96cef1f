#include "JsonCompare.h"

#include <cmath>

namespace testdata {

using json = nlohmann::json;

QString jsonDifference(const json &actual, const json &expected, const QString &where)
{
    const auto describe = [&](const char *why) {
        return QStringLiteral("%1: %2 (actual %3, expected %4)")
            .arg(where.isEmpty() ? QStringLiteral("/") : where, QLatin1String(why),
                QString::fromStdString(actual.dump()), QString::fromStdString(expected.dump()));
    };
    if (actual.is_number_integer() && expected.is_number_integer()) {
        const bool actualNegative = !actual.is_number_unsigned() && actual.get<qint64>() < 0;
        const bool expectedNegative = !expected.is_number_unsigned() && expected.get<qint64>() < 0;
        if (actualNegative != expectedNegative
            || (actualNegative ? actual.get<qint64>() != expected.get<qint64>()
                               : actual.get<quint64>() != expected.get<quint64>()))
            return describe("integers differ");
        return QString();
    }
    if (actual.is_number_float() && expected.is_number_float()) {
        const double a = actual.get<double>();
        const double b = expected.get<double>();
        if (!(a == b && std::signbit(a) == std::signbit(b)) && !(std::isnan(a) && std::isnan(b)))
            return describe("floats differ");
        return QString();
    }
    if (actual.type() != expected.type())
        return describe("types differ");
    if (actual.is_array()) {
        if (actual.size() != expected.size())
            return describe("lengths differ");
        for (size_t i = 0; i < actual.size(); ++i) {
            const QString difference = jsonDifference(
                actual[i], expected[i], where + QLatin1Char('/') + QString::number(i));
            if (!difference.isEmpty())
                return difference;
        }
        return QString();
    }
    if (actual.is_object()) {
        if (actual.size() != expected.size())
            return describe("key counts differ");
        for (const auto &[key, value] : expected.items()) {
            if (!actual.contains(key))
                return describe("missing key");
            const QString difference = jsonDifference(
                actual[key], value, where + QLatin1Char('/') + QString::fromStdString(key));
            if (!difference.isEmpty())
                return difference;
        }
        return QString();
    }
    return actual == expected ? QString() : describe("values differ");
}


} // namespace testdata
