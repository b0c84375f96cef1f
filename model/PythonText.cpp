#include "PythonText.h"

#include "ModelText.h"

#include <charconv>
#include <cmath>
#include <string>

namespace skops::python {

QString floatRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    // Shortest round-trip digits, then Python's layout: positional for
    // exponents -4 … 15, scientific with a two-digit exponent otherwise.
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string sci(buffer, end.ptr);
    const auto ePos = sci.find('e');
    const int exponent = std::stoi(sci.substr(ePos + 1));
    std::string mantissa = sci.substr(0, ePos);
    const bool negative = mantissa.front() == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    std::string out;
    if (exponent >= -5 + 1 && exponent < 16) {
        if (exponent < 0) {
            out = "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
        } else if (std::size_t(exponent + 1) >= digits.size()) {
            out = digits + std::string(std::size_t(exponent + 1) - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, std::size_t(exponent + 1)) + "." + digits.substr(std::size_t(exponent + 1));
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    }
    return QString::fromLatin1((negative ? "-" : "") + out);
}

QString stringRepr(QStringView text)
{
    const bool useDouble = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'));
    const QChar quote = useDouble ? QLatin1Char('"') : QLatin1Char('\'');
    QString out = quote;
    for (const char32_t c : text.toUcs4()) {
        if (c == quote.unicode() || c == U'\\') {
            out += QLatin1Char('\\');
            out += QChar(c);
        } else if (c == U'\t') {
            out += QLatin1String("\\t");
        } else if (c == U'\n') {
            out += QLatin1String("\\n");
        } else if (c == U'\r') {
            out += QLatin1String("\\r");
        } else if (c < 0x20 || c == 0x7F) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (!QChar::isPrint(c) && c != U' ') {
            // Python escapes non-printable code points by width.
            if (c <= 0xFF)
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            else if (c <= 0xFFFF)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    out += quote;
    return out;
}

QString jsonValueRepr(const JsonDocument &doc, JsonDocument::Index value)
{
    using Type = JsonDocument::Type;
    switch (doc.type(value)) {
    case Type::Null:
        return QStringLiteral("None");
    case Type::Boolean:
        return doc.boolean(value) ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Integer:
        return QString::number(doc.integer(value));
    case Type::Unsigned:
        return QString::number(doc.unsignedInteger(value));
    case Type::BigInteger:
        return doc.qstring(value);
    case Type::Float:
    case Type::NaN:
    case Type::Infinity:
    case Type::NegativeInfinity:
        return floatRepr(doc.number(value));
    case Type::String:
        return stringRepr(doc.qstring(value));
    case Type::Array: {
        QString out = QStringLiteral("[");
        for (std::uint32_t i = 0; i < doc.size(value); ++i) {
            if (i)
                out += QLatin1String(", ");
            out += jsonValueRepr(doc, doc.child(value, i));
        }
        return out + QLatin1Char(']');
    }
    case Type::Object: {
        QString out = QStringLiteral("{");
        for (std::uint32_t i = 0; i < doc.size(value); ++i) {
            if (i)
                out += QLatin1String(", ");
            const std::string_view key = doc.key(value, i);
            out += stringRepr(QString::fromUtf8(key.data(), qsizetype(key.size())));
            out += QLatin1String(": ");
            out += jsonValueRepr(doc, doc.child(value, i));
        }
        return out + QLatin1Char('}');
    }
    }
    return QString();
}

QString bytesRepr(QByteArrayView bytes)
{
    const bool useDouble = bytes.contains('\'') && !bytes.contains('"');
    const char quote = useDouble ? '"' : '\'';
    QString out = QStringLiteral("b");
    out += QLatin1Char(quote);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += QLatin1Char('\\');
            out += QLatin1Char(char(c));
        } else if (c == '\t') {
            out += QLatin1String("\\t");
        } else if (c == '\n') {
            out += QLatin1String("\\n");
        } else if (c == '\r') {
            out += QLatin1String("\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QLatin1Char(char(c));
        }
    }
    out += QLatin1Char(quote);
    return out;
}

QString reprlibBytes(QByteArrayView bytes)
{
    const QString full = bytesRepr(bytes);
    if (full.size() <= 30)
        return full;
    return full.left(13) + QLatin1String("...") + full.right(14);
}

QString escapeForDisplay(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        const bool lineOrBidi = u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E)
                                || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
        if (control || lineOrBidi)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

namespace {

// Where a text longer than `maxChars` is cut: never inside a surrogate pair.
qsizetype cutPosition(QStringView text, quint64 maxChars)
{
    qsizetype cut = qsizetype(maxChars);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

QString omissionNote(qsizetype omitted, quint64 maxChars)
{
    return ModelText::tr("… (%1 more characters not shown; the limit is %2)").arg(omitted).arg(maxChars);
}

} // namespace

QString shownText(QStringView text, quint64 maxChars)
{
    if (quint64(text.size()) <= maxChars)
        return escapeForDisplay(text);
    const qsizetype cut = cutPosition(text, maxChars);
    return escapeForDisplay(text.left(cut)) + omissionNote(text.size() - cut, maxChars);
}

QString cutText(const QString &text, quint64 maxChars)
{
    if (quint64(text.size()) <= maxChars)
        return text;
    const qsizetype cut = cutPosition(text, maxChars);
    return text.left(cut) + omissionNote(text.size() - cut, maxChars);
}

} // namespace skops::python
