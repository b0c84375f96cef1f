#include "NpyArray.h"
#include "RawInteger.h"

#include <QStringList>
#include <QtEndian>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

namespace skops {

namespace {

using json = nlohmann::json;
using Kind = NpyDtype::Kind;
using TimeUnit = NpyDtype::TimeUnit;
using Int128 = __int128; // date arithmetic on int64 counts times multipliers

constexpr qint64 kNaT = std::numeric_limits<qint64>::min();
constexpr qint64 kFirstCount = 5;

// ---------------------------------------------------------------- raw bytes

using raw::readSigned;
using raw::readUnsigned;

bool isBigEndian(const NpyDtype &dtype)
{
    return dtype.byteOrder() == NpyDtype::ByteOrder::Big;
}

double halfToDouble(quint16 bits)
{
    const bool negative = bits & 0x8000;
    const int exponent = (bits >> 10) & 0x1f;
    const int fraction = bits & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(double(fraction), -24);
    else if (exponent == 31)
        value = fraction ? std::numeric_limits<double>::quiet_NaN()
                         : std::numeric_limits<double>::infinity();
    else
        value = std::ldexp(double(fraction | 0x400), exponent - 25);
    return negative ? -value : value;
}

// x87 extended precision in the first 10 bytes (little-endian layout); a
// big-endian value is the same bytes reversed.
long double x87ToLongDouble(const char *p, int size, bool bigEndian)
{
    char bytes[16] = {};
    for (int i = 0; i < size && i < 16; ++i)
        bytes[i] = bigEndian ? p[size - 1 - i] : p[i];
    const quint64 significand = readUnsigned(bytes, 8, false);
    const auto signAndExponent = quint16(readUnsigned(bytes + 8, 2, false));
    const bool negative = signAndExponent & 0x8000;
    const int exponent = signAndExponent & 0x7fff;
    long double value;
    if (exponent == 0x7fff)
        value = (significand << 1) == 0 ? std::numeric_limits<long double>::infinity()
                                        : std::numeric_limits<long double>::quiet_NaN();
    else if (exponent == 0)
        value = std::ldexp(static_cast<long double>(significand), -16382 - 63);
    else
        value = std::ldexp(static_cast<long double>(significand), exponent - 16383 - 63);
    return negative ? -value : value;
}

// One IEEE or x87 float of `size` bytes.
long double floatAt(const char *p, int size, bool bigEndian)
{
    switch (size) {
    case 2:
        return halfToDouble(quint16(readUnsigned(p, 2, bigEndian)));
    case 4: {
        const auto bits = quint32(readUnsigned(p, 4, bigEndian));
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    case 8: {
        const quint64 bits = readUnsigned(p, 8, bigEndian);
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    default:
        return x87ToLongDouble(p, size, bigEndian);
    }
}

// Numeric kinds as long double (complex: the real part). Exact for every
// kind on x86-64, where long double has a 64-bit significand.
long double realValue(const NpyDtype &dtype, const char *p)
{
    const int size = int(dtype.itemSize());
    switch (dtype.kind()) {
    case Kind::Bool:
        return p[0] != 0 ? 1 : 0;
    case Kind::SignedInt:
        return static_cast<long double>(readSigned(p, size, isBigEndian(dtype)));
    case Kind::UnsignedInt:
        return static_cast<long double>(readUnsigned(p, size, isBigEndian(dtype)));
    case Kind::Float:
        return floatAt(p, size, isBigEndian(dtype));
    case Kind::Complex:
        return floatAt(p, size / 2, isBigEndian(dtype));
    default:
        return std::numeric_limits<long double>::quiet_NaN();
    }
}

// As realValue, rounded once to float64 (integers directly, not via long double).
double realDouble(const NpyDtype &dtype, const char *p)
{
    const int size = int(dtype.itemSize());
    switch (dtype.kind()) {
    case Kind::SignedInt:
        return double(readSigned(p, size, isBigEndian(dtype)));
    case Kind::UnsignedInt:
        return double(readUnsigned(p, size, isBigEndian(dtype)));
    default:
        return double(realValue(dtype, p));
    }
}

template<typename Int, bool BigEndian> Int loadInteger(const char *p)
{
    if constexpr (BigEndian)
        return qFromBigEndian<Int>(p);
    else
        return qFromLittleEndian<Int>(p);
}

template<typename Int, bool BigEndian> void decodeIntegers(const char *p, qint64 count, double *out)
{
    for (qint64 i = 0; i < count; ++i)
        out[i] = double(loadInteger<Int, BigEndian>(p + i * qint64(sizeof(Int))));
}

template<typename Float, typename Bits, bool BigEndian>
void decodeFloats(const char *p, qint64 count, double *out)
{
    for (qint64 i = 0; i < count; ++i)
        out[i] = double(std::bit_cast<Float>(loadInteger<Bits, BigEndian>(p + i * qint64(sizeof(Bits)))));
}

// Tight loops for the common kinds; false when the dtype needs the generic
// per-element path (float16, extended precision, complex).
template<bool BigEndian>
bool decodeDoublesFast(const NpyDtype &dtype, const char *p, qint64 count, double *out)
{
    switch (dtype.kind()) {
    case Kind::Bool:
        for (qint64 i = 0; i < count; ++i)
            out[i] = p[i] != 0 ? 1.0 : 0.0;
        return true;
    case Kind::SignedInt:
        switch (dtype.itemSize()) {
        case 1: decodeIntegers<qint8, BigEndian>(p, count, out); return true;
        case 2: decodeIntegers<qint16, BigEndian>(p, count, out); return true;
        case 4: decodeIntegers<qint32, BigEndian>(p, count, out); return true;
        case 8: decodeIntegers<qint64, BigEndian>(p, count, out); return true;
        default: return false;
        }
    case Kind::UnsignedInt:
        switch (dtype.itemSize()) {
        case 1: decodeIntegers<quint8, BigEndian>(p, count, out); return true;
        case 2: decodeIntegers<quint16, BigEndian>(p, count, out); return true;
        case 4: decodeIntegers<quint32, BigEndian>(p, count, out); return true;
        case 8: decodeIntegers<quint64, BigEndian>(p, count, out); return true;
        default: return false;
        }
    case Kind::Float:
        switch (dtype.itemSize()) {
        case 4: decodeFloats<float, quint32, BigEndian>(p, count, out); return true;
        case 8: decodeFloats<double, quint64, BigEndian>(p, count, out); return true;
        default: return false;
        }
    default:
        return false;
    }
}

// ------------------------------------------------------ decimal formatting

struct DecimalDigits
{
    std::string digits; // no leading zeros (just "0" for zero)
    int exponent = 0; // value = d.ddd × 10^exponent
};

// The shortest digits that read back as the same value at the type's
// precision (std::to_chars' shortest form, as Python repr and numpy's
// Dragon4 unique mode produce).
template<typename Float> DecimalDigits shortestDigits(Float value)
{
    char buffer[64];
    const auto result = std::to_chars(
        buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t e = text.find('e');
    DecimalDigits decimal;
    for (char c : text.substr(0, e)) {
        if (c != '.')
            decimal.digits += c;
    }
    std::string_view exponent = text.substr(e + 1);
    const bool negativeExponent = exponent.front() == '-';
    exponent.remove_prefix(1);
    std::from_chars(exponent.data(), exponent.data() + exponent.size(), decimal.exponent);
    if (negativeExponent)
        decimal.exponent = -decimal.exponent;
    return decimal;
}

enum class Trim {
    LeaveOneZero, // "2.0"
    DropPoint, // "2"
};

QString signPrefix(bool negative, bool plusSign)
{
    return negative ? QStringLiteral("-") : plusSign ? QStringLiteral("+") : QString();
}

QString positional(bool negative, const DecimalDigits &d, Trim trim, bool plusSign)
{
    const auto digits = QString::fromStdString(d.digits);
    QString integerPart;
    QString fraction;
    if (d.exponent >= 0) {
        if (digits.size() <= d.exponent + 1) {
            integerPart = digits + QString(d.exponent + 1 - digits.size(), QLatin1Char('0'));
        } else {
            integerPart = digits.left(d.exponent + 1);
            fraction = digits.mid(d.exponent + 1);
        }
    } else {
        integerPart = QStringLiteral("0");
        fraction = QString(-d.exponent - 1, QLatin1Char('0')) + digits;
    }
    if (fraction.isEmpty())
        fraction = trim == Trim::LeaveOneZero ? QStringLiteral("0") : QString();
    return signPrefix(negative, plusSign) + integerPart
        + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}

// "1e+16", "1.5e-300": trailing zeros and a bare point dropped, at least two
// exponent digits.
QString scientific(bool negative, const DecimalDigits &d, bool plusSign)
{
    QString text = signPrefix(negative, plusSign) + QLatin1Char(d.digits.front());
    if (d.digits.size() > 1)
        text += QLatin1Char('.') + QString::fromStdString(d.digits.substr(1));
    text += d.exponent < 0 ? QLatin1String("e-") : QLatin1String("e+");
    return text + QStringLiteral("%1").arg(std::abs(d.exponent), 2, 10, QLatin1Char('0'));
}

// numpy's str() of a longdouble: positional when 1e-4 <= |x| < 1e16 (or 0),
// otherwise scientific.
QString numpyLongDoubleText(long double value, Trim trim, bool plusSign)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? (plusSign ? QStringLiteral("+inf") : QStringLiteral("inf"))
                         : QStringLiteral("-inf");
    const long double magnitude = std::fabs(value);
    const DecimalDigits digits = shortestDigits(value);
    if (magnitude == 0 || (magnitude >= 1e-4L && magnitude < 1e16L))
        return positional(std::signbit(value), digits, trim, plusSign);
    return scientific(std::signbit(value), digits, plusSign);
}

// numpy's str() of a clongdouble, in Python's complex repr style.
QString numpyComplexText(long double real, long double imag)
{
    if (real == 0 && !std::signbit(real))
        return numpyLongDoubleText(imag, Trim::DropPoint, false) + QLatin1Char('j');
    QString realText;
    if (std::isfinite(real))
        realText = numpyLongDoubleText(real, Trim::DropPoint, false);
    else
        realText = std::isnan(real) ? QStringLiteral("nan")
            : real > 0              ? QStringLiteral("inf")
                                    : QStringLiteral("-inf");
    QString imagText;
    if (std::isfinite(imag))
        imagText = numpyLongDoubleText(imag, Trim::DropPoint, true);
    else
        imagText = std::isnan(imag) ? QStringLiteral("+nan")
            : imag > 0              ? QStringLiteral("+inf")
                                    : QStringLiteral("-inf");
    return QLatin1Char('(') + realText + imagText + QLatin1String("j)");
}

// Python's repr() of a float; for float32 numpy's shortest float32 digits.
template<typename Float> QString pythonFloatText(Float value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    const DecimalDigits digits = shortestDigits(value);
    if (digits.exponent >= -4 && digits.exponent < 16)
        return positional(std::signbit(value), digits, Trim::LeaveOneZero, false);
    return scientific(std::signbit(value), digits, false);
}

json floatJson(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return value;
}

json textJson(const QString &text)
{
    return text.toStdString();
}

// -------------------------------------------------------------- date/time

Int128 floorDiv(Int128 a, Int128 b)
{
    Int128 quotient = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --quotient;
    return quotient;
}

Int128 floorMod(Int128 a, Int128 b)
{
    return a - floorDiv(a, b) * b;
}

QString int128Text(Int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    QString digits;
    while (value != 0) {
        const int digit = int(value % 10);
        digits.prepend(QLatin1Char(char('0' + (negative ? -digit : digit))));
        value /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

struct CivilTime
{
    Int128 year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 attoseconds = 0;
};

// Proleptic Gregorian date of a day count since 1970-01-01 (the era-based
// algorithm: 400-year cycles of 146097 days, years starting in March).
void setDate(CivilTime &time, Int128 days)
{
    const Int128 shifted = days + 719468; // days since 0000-03-01
    const Int128 era = floorDiv(shifted, 146097);
    const auto dayOfEra = int(shifted - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int marchMonth = (5 * dayOfYear + 2) / 153;
    time.day = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
    time.month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
    time.year = era * 400 + yearOfEra + (time.month <= 2 ? 1 : 0);
}

Int128 powerOfTen(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Digits after the second for the sub-second units: ms 3, us 6 ... as 18.
int fractionDigits(TimeUnit unit)
{
    return unit > TimeUnit::Second ? 3 * (int(unit) - int(TimeUnit::Second)) : 0;
}

// A datetime64 count (not NaT, not generic) as a calendar date and time.
CivilTime civilTime(qint64 count, TimeUnit unit, qint64 multiplier)
{
    const Int128 total = Int128(count) * multiplier;
    CivilTime time;
    switch (unit) {
    case TimeUnit::Year:
        time.year = 1970 + total;
        return time;
    case TimeUnit::Month:
        time.year = 1970 + floorDiv(total, 12);
        time.month = int(floorMod(total, 12)) + 1;
        return time;
    case TimeUnit::Week:
        setDate(time, total * 7);
        return time;
    case TimeUnit::Day:
        setDate(time, total);
        return time;
    default:
        break;
    }
    Int128 seconds;
    if (unit <= TimeUnit::Second) {
        const int secondsPerUnit = unit == TimeUnit::Hour ? 3600
            : unit == TimeUnit::Minute                    ? 60
                                                          : 1;
        seconds = total * secondsPerUnit;
    } else {
        const int digits = fractionDigits(unit);
        const Int128 unitsPerSecond = powerOfTen(digits);
        seconds = floorDiv(total, unitsPerSecond);
        time.attoseconds = qint64(floorMod(total, unitsPerSecond) * powerOfTen(18 - digits));
    }
    setDate(time, floorDiv(seconds, 86400));
    const auto secondOfDay = int(floorMod(seconds, 86400));
    time.hour = secondOfDay / 3600;
    time.minute = secondOfDay / 60 % 60;
    time.second = secondOfDay % 60;
    return time;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// Years 0..9999 with four digits, others unpadded with their sign.
QString yearText(Int128 year)
{
    if (year >= 0 && year <= 9999)
        return QStringLiteral("%1").arg(int(year), 4, 10, QLatin1Char('0'));
    return int128Text(year);
}

QString dateText(const CivilTime &time)
{
    return yearText(time.year) + QLatin1Char('-') + twoDigits(time.month) + QLatin1Char('-')
        + twoDigits(time.day);
}

// numpy's datetime_as_string in the value's own unit.
QString datetimeText(qint64 count, TimeUnit unit, qint64 multiplier)
{
    if (count == kNaT)
        return QStringLiteral("NaT");
    if (unit == TimeUnit::Generic)
        return QString::number(count);
    const CivilTime time = civilTime(count, unit, multiplier);
    QString text = yearText(time.year);
    if (unit == TimeUnit::Year)
        return text;
    text += QLatin1Char('-') + twoDigits(time.month);
    if (unit == TimeUnit::Month)
        return text;
    text += QLatin1Char('-') + twoDigits(time.day);
    if (unit <= TimeUnit::Day)
        return text;
    text += QLatin1Char('T') + twoDigits(time.hour);
    if (unit == TimeUnit::Hour)
        return text;
    text += QLatin1Char(':') + twoDigits(time.minute);
    if (unit == TimeUnit::Minute)
        return text;
    text += QLatin1Char(':') + twoDigits(time.second);
    const int digits = fractionDigits(unit);
    if (digits == 0)
        return text;
    const qint64 fraction = time.attoseconds / qint64(powerOfTen(18 - digits));
    return text + QLatin1Char('.')
        + QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
}

// str() of numpy's tolist() item for a datetime64 inside a record: a Python
// date or datetime, the raw integer where Python's datetime cannot hold it,
// None for NaT and generic units.
json pythonDatetimeJson(qint64 count, TimeUnit unit, qint64 multiplier)
{
    if (count == kNaT || unit == TimeUnit::Generic)
        return nullptr;
    if (unit > TimeUnit::Microsecond)
        return count;
    const CivilTime time = civilTime(count, unit, multiplier);
    if (time.year < 1 || time.year > 9999)
        return count;
    QString text = dateText(time);
    if (unit > TimeUnit::Day) {
        text += QLatin1Char(' ') + twoDigits(time.hour) + QLatin1Char(':') + twoDigits(time.minute)
            + QLatin1Char(':') + twoDigits(time.second);
        const qint64 microseconds = time.attoseconds / 1'000'000'000'000;
        if (microseconds != 0)
            text += QStringLiteral(".%1").arg(microseconds, 6, 10, QLatin1Char('0'));
    }
    return textJson(text);
}

// str() of numpy's tolist() item for a timedelta64 inside a record: Python's
// timedelta text, or the raw integer for units timedelta cannot express.
json pythonTimedeltaJson(qint64 count, TimeUnit unit, qint64 multiplier)
{
    if (count == kNaT)
        return nullptr;
    if (unit > TimeUnit::Microsecond || unit == TimeUnit::Year || unit == TimeUnit::Month
        || unit == TimeUnit::Generic)
        return count;
    const Int128 value = Int128(count) * multiplier;
    Int128 microseconds = 0;
    switch (unit) {
    case TimeUnit::Week:
        microseconds = value * 7 * 86'400'000'000;
        break;
    case TimeUnit::Day:
        microseconds = value * 86'400'000'000;
        break;
    case TimeUnit::Hour:
        microseconds = value * 3'600'000'000;
        break;
    case TimeUnit::Minute:
        microseconds = value * 60'000'000;
        break;
    case TimeUnit::Second:
        microseconds = value * 1'000'000;
        break;
    case TimeUnit::Millisecond:
        microseconds = value * 1'000;
        break;
    default:
        microseconds = value;
        break;
    }
    const Int128 days = floorDiv(microseconds, 86'400'000'000);
    if (days < -999'999'999 || days > 999'999'999)
        return count;
    const Int128 withinDay = floorMod(microseconds, 86'400'000'000);
    const auto seconds = int(withinDay / 1'000'000);
    const auto micro = int(withinDay % 1'000'000);
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600)
                       .arg(twoDigits(seconds / 60 % 60), twoDigits(seconds % 60));
    if (days != 0)
        text.prepend(
            QStringLiteral("%1 day%2, ")
                .arg(int128Text(days), days == 1 || days == -1 ? QString() : QStringLiteral("s")));
    if (micro != 0)
        text += QStringLiteral(".%1").arg(micro, 6, 10, QLatin1Char('0'));
    return textJson(text);
}

// -------------------------------------------------------------- strings

QString unicodeText(const NpyDtype &dtype, const char *p)
{
    const qint64 units = dtype.itemSize() / 4;
    std::u32string codePoints;
    codePoints.reserve(size_t(units));
    for (qint64 i = 0; i < units; ++i) {
        auto c = char32_t(readUnsigned(p + 4 * i, 4, isBigEndian(dtype)));
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            c = 0xFFFD;
        codePoints.push_back(c);
    }
    while (!codePoints.empty() && codePoints.back() == 0)
        codePoints.pop_back();
    return QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size()));
}

QString bytesText(const char *p, qint64 size, bool stripNuls)
{
    if (stripNuls) {
        while (size > 0 && p[size - 1] == 0)
            --size;
    }
    return QString::fromLatin1(p, size);
}

// ------------------------------------------------------ element conversion

json elementJson(const NpyDtype &dtype, const char *p, bool inRecord);

json subArrayJson(
    const NpyDtype &format, const char *&p, const std::vector<qint64> &shape, size_t dim)
{
    json list = json::array();
    for (qint64 i = 0; i < shape[dim]; ++i) {
        if (dim + 1 == shape.size()) {
            list.push_back(elementJson(format, p, true));
            p += format.itemSize();
        } else {
            list.push_back(subArrayJson(format, p, shape, dim + 1));
        }
    }
    return list;
}

json recordJson(const NpyDtype &dtype, const char *p)
{
    json fields = json::array();
    for (const NpyDtype::Entry &entry : dtype.entries()) {
        if (entry.isPadding())
            continue;
        const char *field = p + entry.offset;
        if (entry.subShape && !entry.subShape->empty())
            fields.push_back(subArrayJson(*entry.format, field, *entry.subShape, 0));
        else
            fields.push_back(elementJson(*entry.format, field, true));
    }
    return fields;
}

json elementJson(const NpyDtype &dtype, const char *p, bool inRecord)
{
    const int size = int(std::min<qint64>(dtype.itemSize(), 64));
    switch (dtype.kind()) {
    case Kind::Structured:
        return recordJson(dtype, p);
    case Kind::Bool:
        return p[0] != 0;
    case Kind::SignedInt:
        return readSigned(p, size, isBigEndian(dtype));
    case Kind::UnsignedInt:
        return readUnsigned(p, size, isBigEndian(dtype));
    case Kind::Float:
        if (dtype.isExtendedPrecision())
            return textJson(numpyLongDoubleText(
                floatAt(p, size, isBigEndian(dtype)), Trim::LeaveOneZero, false));
        return floatJson(double(floatAt(p, size, isBigEndian(dtype))));
    case Kind::Complex: {
        const long double real = floatAt(p, size / 2, isBigEndian(dtype));
        const long double imag = floatAt(p + size / 2, size / 2, isBigEndian(dtype));
        if (dtype.isExtendedPrecision())
            return textJson(numpyComplexText(real, imag));
        return json::array({ floatJson(double(real)), floatJson(double(imag)) });
    }
    case Kind::Unicode:
        return textJson(unicodeText(dtype, p));
    case Kind::Bytes:
        return textJson(bytesText(p, dtype.itemSize(), true));
    case Kind::Void:
        return textJson(bytesText(p, dtype.itemSize(), false));
    case Kind::Datetime: {
        const qint64 count = readSigned(p, 8, isBigEndian(dtype));
        if (inRecord)
            return pythonDatetimeJson(count, dtype.timeUnit(), dtype.timeMultiplier());
        if (count != kNaT && dtype.timeUnit() == TimeUnit::Generic)
            return count; // numpy cannot print a generic non-NaT datetime
        return textJson(datetimeText(count, dtype.timeUnit(), dtype.timeMultiplier()));
    }
    case Kind::Timedelta: {
        const qint64 count = readSigned(p, 8, isBigEndian(dtype));
        if (inRecord)
            return pythonTimedeltaJson(count, dtype.timeUnit(), dtype.timeMultiplier());
        return count;
    }
    }
    return nullptr;
}

QString elementText(const NpyDtype &dtype, const char *p);

QString subArrayText(
    const NpyDtype &format, const char *&p, const std::vector<qint64> &shape, size_t dim)
{
    QStringList items;
    for (qint64 i = 0; i < shape[dim]; ++i) {
        if (dim + 1 == shape.size()) {
            items << elementText(format, p);
            p += format.itemSize();
        } else {
            items << subArrayText(format, p, shape, dim + 1);
        }
    }
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString elementText(const NpyDtype &dtype, const char *p)
{
    const int size = int(std::min<qint64>(dtype.itemSize(), 64));
    switch (dtype.kind()) {
    case Kind::Structured: {
        QStringList fields;
        for (const NpyDtype::Entry &entry : dtype.entries()) {
            if (entry.isPadding())
                continue;
            const char *field = p + entry.offset;
            fields << (entry.subShape && !entry.subShape->empty()
                    ? subArrayText(*entry.format, field, *entry.subShape, 0)
                    : elementText(*entry.format, field));
        }
        return QLatin1Char('(') + fields.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    case Kind::Bool:
        return p[0] != 0 ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::SignedInt:
        return QString::number(readSigned(p, size, isBigEndian(dtype)));
    case Kind::UnsignedInt:
        return QString::number(readUnsigned(p, size, isBigEndian(dtype)));
    case Kind::Float:
        if (dtype.isExtendedPrecision())
            return numpyLongDoubleText(
                floatAt(p, size, isBigEndian(dtype)), Trim::LeaveOneZero, false);
        if (size == 8)
            return pythonFloatText(double(floatAt(p, size, isBigEndian(dtype))));
        return pythonFloatText(float(floatAt(p, size, isBigEndian(dtype))));
    case Kind::Complex: {
        const long double real = floatAt(p, size / 2, isBigEndian(dtype));
        const long double imag = floatAt(p + size / 2, size / 2, isBigEndian(dtype));
        return numpyComplexText(real, imag);
    }
    case Kind::Unicode:
        return unicodeText(dtype, p);
    case Kind::Bytes:
        return bytesText(p, dtype.itemSize(), true);
    case Kind::Void:
        return QString::fromLatin1(QByteArray(p, qsizetype(dtype.itemSize())).toHex(' '));
    case Kind::Datetime:
        return datetimeText(
            readSigned(p, 8, isBigEndian(dtype)), dtype.timeUnit(), dtype.timeMultiplier());
    case Kind::Timedelta: {
        const qint64 count = readSigned(p, 8, isBigEndian(dtype));
        if (count == kNaT)
            return QStringLiteral("NaT");
        const QString type = dtype.str();
        const qsizetype unitStart = type.indexOf(QLatin1Char('['));
        if (unitStart < 0)
            return QString::number(count);
        return QString::number(count) + QLatin1Char(' ')
            + type.mid(unitStart + 1, type.size() - unitStart - 2);
    }
    }
    return QString();
}

} // namespace

// ----------------------------------------------------------------- NpyArray

NpyArray::NpyArray(NpyHeader header, MemberBytes member)
    : m_header(std::move(header))
    , m_member(std::move(member))
{
    const std::vector<qint64> &dims = m_header.shape();
    if (m_header.fortranOrder() && dims.size() > 1) {
        qint64 stride = 1;
        for (qint64 dim : dims) {
            m_fortranStrides.push_back(stride);
            stride *= dim; // cannot overflow: the element count was checked
        }
    }
}

Result<NpyArray> NpyArray::fromMember(const MemberBytes &member, const Limits &limits)
{
    Result<NpyHeader> header = NpyHeader::parse(member.view(), limits);
    if (!header)
        return header.error();
    return fromHeader(std::move(header).value(), member);
}

Result<NpyArray> NpyArray::fromHeader(NpyHeader header, const MemberBytes &member)
{
    const Status complete = header.validateDataSize(member.size());
    if (!complete)
        return complete.error();
    return NpyArray(std::move(header), member);
}

qint64 NpyArray::byteOffset(qint64 index) const
{
    qint64 storageIndex = index;
    if (!m_fortranStrides.empty()) {
        const std::vector<qint64> &dims = m_header.shape();
        storageIndex = 0;
        qint64 rest = index;
        for (size_t k = dims.size(); k-- > 0;) {
            storageIndex += (rest % dims[k]) * m_fortranStrides[k];
            rest /= dims[k];
        }
    }
    return m_header.dataOffset() + storageIndex * dtype().itemSize();
}

QByteArrayView NpyArray::elementBytes(qint64 index) const
{
    if (index < 0 || index >= size())
        return QByteArrayView();
    return QByteArrayView(m_member.data() + byteOffset(index), dtype().itemSize());
}

double NpyArray::toDouble(qint64 index) const
{
    if (index < 0 || index >= size())
        return std::numeric_limits<double>::quiet_NaN();
    return realDouble(dtype(), m_member.data() + byteOffset(index));
}

long double NpyArray::toLongDouble(qint64 index) const
{
    if (index < 0 || index >= size())
        return std::numeric_limits<long double>::quiet_NaN();
    return realValue(dtype(), m_member.data() + byteOffset(index));
}

qint64 NpyArray::toInt64(qint64 index) const
{
    if (index < 0 || index >= size())
        return 0;
    const char *p = m_member.data() + byteOffset(index);
    const int itemSize = int(dtype().itemSize());
    switch (dtype().kind()) {
    case Kind::Bool:
        return p[0] != 0 ? 1 : 0;
    case Kind::SignedInt:
        return readSigned(p, itemSize, isBigEndian(dtype()));
    case Kind::UnsignedInt: {
        const quint64 value = readUnsigned(p, itemSize, isBigEndian(dtype()));
        return value > quint64(std::numeric_limits<qint64>::max())
            ? std::numeric_limits<qint64>::max()
            : qint64(value);
    }
    default:
        return 0;
    }
}

QString NpyArray::toText(qint64 index) const
{
    if (index < 0 || index >= size())
        return QString();
    return elementText(dtype(), m_member.data() + byteOffset(index));
}

QString NpyArray::valueText(const NpyDtype &dtype, QByteArrayView bytes)
{
    if (bytes.size() < dtype.itemSize())
        return QString();
    return elementText(dtype, bytes.data());
}

double NpyArray::valueDouble(const NpyDtype &dtype, QByteArrayView bytes)
{
    if (bytes.size() < dtype.itemSize())
        return std::numeric_limits<double>::quiet_NaN();
    return realDouble(dtype, bytes.data());
}

qint64 NpyArray::decodeDoubles(qint64 first, qint64 count, double *out) const
{
    if (first < 0 || count <= 0 || first >= size())
        return 0;
    count = std::min(count, size() - first);
    const qint64 itemSize = dtype().itemSize();
    const char *p = m_member.data() + m_header.dataOffset() + first * itemSize;
    const bool fast = isBigEndian(dtype()) ? decodeDoublesFast<true>(dtype(), p, count, out)
                                           : decodeDoublesFast<false>(dtype(), p, count, out);
    if (!fast) {
        for (qint64 i = 0; i < count; ++i)
            out[i] = realDouble(dtype(), p + i * itemSize);
    }
    return count;
}

json NpyArray::oracleValue(qint64 index) const
{
    if (index < 0 || index >= size())
        return nullptr;
    return elementJson(dtype(), m_member.data() + byteOffset(index), false);
}

json NpyArray::oracleFirst() const
{
    json first = json::array();
    for (qint64 i = 0; i < std::min(kFirstCount, size()); ++i)
        first.push_back(oracleValue(i));
    return first;
}

json NpyArray::oracleSum() const
{
    const Kind kind = dtype().kind();
    if (kind != Kind::Bool && kind != Kind::SignedInt && kind != Kind::UnsignedInt
        && kind != Kind::Float)
        return nullptr;
    // The exact sum does not depend on the order: walk the storage order.
    OracleSum sum;
    const char *data = m_member.data() + m_header.dataOffset();
    const qint64 itemSize = dtype().itemSize();
    for (qint64 i = 0; i < size(); ++i)
        sum.add(realDouble(dtype(), data + i * itemSize));
    return sum.toJson();
}

void NpyArray::releaseResidentPages(qint64 first, qint64 count) const
{
    const qint64 itemSize = dtype().itemSize();
    m_member.mid(m_header.dataOffset() + first * itemSize, count * itemSize).releaseResidentPages();
}

qint64 NpyArray::releaseStride() const
{
    constexpr qint64 kReleaseBytes = qint64(8) << 20;
    return std::max<qint64>(1, kReleaseBytes / std::max<qint64>(1, dtype().itemSize()));
}

// ------------------------------------------------------- NpyArray::OracleSum

// Shewchuk's algorithm, as math.fsum: keep the running sum as a list of
// non-overlapping partials whose exact total is the exact sum so far.
void NpyArray::OracleSum::add(double value)
{
    if (std::isnan(value)) {
        m_nan = true;
        return;
    }
    if (std::isinf(value)) {
        (value > 0 ? m_positiveInfinity : m_negativeInfinity) = true;
        return;
    }
    if (m_overflow != 0)
        return;
    double x = value;
    size_t kept = 0;
    for (double y : m_partials) {
        if (std::fabs(x) < std::fabs(y))
            std::swap(x, y);
        const double high = x + y;
        const double low = y - (high - x);
        if (low != 0)
            m_partials[kept++] = low;
        x = high;
    }
    m_partials.resize(kept);
    if (!std::isfinite(x)) {
        m_overflow = x; // the exact sum left the float64 range (fsum raises)
        m_partials.clear();
    } else if (x != 0) {
        m_partials.push_back(x);
    }
}

double NpyArray::OracleSum::value() const
{
    if (m_nan || (m_positiveInfinity && m_negativeInfinity))
        return std::numeric_limits<double>::quiet_NaN();
    if (m_positiveInfinity)
        return std::numeric_limits<double>::infinity();
    if (m_negativeInfinity)
        return -std::numeric_limits<double>::infinity();
    if (m_overflow != 0)
        return m_overflow;
    size_t n = m_partials.size();
    if (n == 0)
        return 0.0;
    // Add from the largest partial down while the additions stay exact.
    double high = m_partials[--n];
    double low = 0;
    while (n > 0) {
        const double x = high;
        const double y = m_partials[--n];
        high = x + y;
        low = y - (high - x);
        if (low != 0)
            break;
    }
    // Round half to even across partials: when the rest pushes beyond the
    // halfway point that `low` sits on, round away from it.
    if (n > 0 && ((low < 0 && m_partials[n - 1] < 0) || (low > 0 && m_partials[n - 1] > 0))) {
        const double doubled = low * 2;
        const double candidate = high + doubled;
        if (doubled == candidate - high)
            high = candidate;
    }
    return high;
}

json NpyArray::OracleSum::toJson() const
{
    return floatJson(value());
}

} // namespace skops
