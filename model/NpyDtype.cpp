#include "NpyDtype.h"
#include "ModelText.h"

#include <QChar>
#include <QStringList>
#include <array>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>

namespace skops {

namespace {

constexpr bool kHostIsLittleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;

struct UnitName
{
    NpyDtype::TimeUnit unit;
    QLatin1String text;
};

const std::array<UnitName, 13> kUnitNames { {
    { NpyDtype::TimeUnit::Year, QLatin1String("Y") },
    { NpyDtype::TimeUnit::Month, QLatin1String("M") },
    { NpyDtype::TimeUnit::Week, QLatin1String("W") },
    { NpyDtype::TimeUnit::Day, QLatin1String("D") },
    { NpyDtype::TimeUnit::Hour, QLatin1String("h") },
    { NpyDtype::TimeUnit::Minute, QLatin1String("m") },
    { NpyDtype::TimeUnit::Second, QLatin1String("s") },
    { NpyDtype::TimeUnit::Millisecond, QLatin1String("ms") },
    { NpyDtype::TimeUnit::Microsecond, QLatin1String("us") },
    { NpyDtype::TimeUnit::Nanosecond, QLatin1String("ns") },
    { NpyDtype::TimeUnit::Picosecond, QLatin1String("ps") },
    { NpyDtype::TimeUnit::Femtosecond, QLatin1String("fs") },
    { NpyDtype::TimeUnit::Attosecond, QLatin1String("as") },
} };

// Digits of a size or multiplier, refusing values that do not fit comfortably
// in 64 bits (numpy itself refuses far smaller ones).
std::optional<qint64> parseCount(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

// Python's str.isprintable() for one code point, by Unicode category.
bool isPrintable(char32_t codePoint)
{
    if (codePoint == U' ')
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// Python's repr() of a str, as numpy uses for field names and titles.
QString pythonRepr(const QString &text)
{
    const QChar quote = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'))
        ? QLatin1Char('"')
        : QLatin1Char('\'');
    QString out(quote);
    for (char32_t c : text.toUcs4()) {
        if (c == U'\\')
            out += QLatin1String("\\\\");
        else if (c == quote.unicode())
            out += QLatin1Char('\\') + quote;
        else if (c == U'\t')
            out += QLatin1String("\\t");
        else if (c == U'\n')
            out += QLatin1String("\\n");
        else if (c == U'\r')
            out += QLatin1String("\\r");
        else if (c < 0x7f && c >= 0x20)
            out += QChar(char16_t(c));
        else if (isPrintable(c) && c >= 0x7f)
            out += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    out += quote;
    return out;
}

// Python's repr() of a tuple of ints: (), (2,), (2, 3).
QString tupleRepr(const std::vector<qint64> &values)
{
    QStringList parts;
    for (qint64 value : values)
        parts << QString::number(value);
    if (parts.size() == 1)
        return QLatin1Char('(') + parts.first() + QLatin1String(",)");
    return QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

nlohmann::json toJson(const QString &text)
{
    return nlohmann::json(text.toStdString());
}

Error dtypeError(const QString &descr, const QString &why)
{
    return makeError(ErrorCode::UnsupportedDtype,
        ModelText::tr("Unsupported array type '%1': %2").arg(descr, why));
}

} // namespace

bool NpyDtype::Entry::isPadding() const
{
    // As numpy's descr_to_dtype decides: a sub-array dtype counts as void too.
    const bool isSubArray = subShape && !subShape->empty();
    return name.isEmpty() && !title && format && (format->kind() == Kind::Void || isSubArray);
}

Result<NpyDtype> NpyDtype::fromString(const QString &descr)
{
    QStringView rest(descr);
    NpyDtype dtype;
    dtype.m_descr = descr;

    QChar order = QLatin1Char('=');
    if (!rest.isEmpty() && QStringView(u"<>|=").contains(rest.front())) {
        order = rest.front();
        rest = rest.mid(1);
    }
    if (rest.isEmpty())
        return dtypeError(descr, ModelText::tr("no type code"));

    const QChar code = rest.front();
    rest = rest.mid(1);
    switch (code.unicode()) {
    case 'b':
        dtype.m_kind = Kind::Bool;
        break;
    case 'i':
        dtype.m_kind = Kind::SignedInt;
        break;
    case 'u':
        dtype.m_kind = Kind::UnsignedInt;
        break;
    case 'f':
        dtype.m_kind = Kind::Float;
        break;
    case 'c':
        dtype.m_kind = Kind::Complex;
        break;
    case 'U':
        dtype.m_kind = Kind::Unicode;
        break;
    case 'S':
        dtype.m_kind = Kind::Bytes;
        break;
    case 'V':
        dtype.m_kind = Kind::Void;
        break;
    case 'M':
        dtype.m_kind = Kind::Datetime;
        break;
    case 'm':
        dtype.m_kind = Kind::Timedelta;
        break;
    case 'O':
        return makeError(ErrorCode::UnsupportedDtype,
            ModelText::tr("The array has dtype '%1' (Python objects). Object arrays hold "
                          "pickled data and are never loaded.")
                .arg(descr));
    default:
        return dtypeError(descr, ModelText::tr("unknown type code '%1'").arg(code));
    }

    if (dtype.m_kind == Kind::Datetime || dtype.m_kind == Kind::Timedelta) {
        if (!rest.startsWith(QLatin1Char('8')))
            return dtypeError(descr, ModelText::tr("dates and durations must be 8 bytes"));
        rest = rest.mid(1);
        dtype.m_itemSize = 8;
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char('[')) || !rest.endsWith(QLatin1Char(']')))
                return dtypeError(descr, ModelText::tr("malformed time unit"));
            QStringView unit = rest.mid(1, rest.size() - 2);
            qsizetype digits = 0;
            while (digits < unit.size() && unit.at(digits).isDigit())
                ++digits;
            if (digits > 0) {
                const std::optional<qint64> multiplier = parseCount(unit.left(digits));
                if (!multiplier || *multiplier == 0)
                    return dtypeError(descr, ModelText::tr("invalid time unit multiplier"));
                dtype.m_timeMultiplier = *multiplier;
                unit = unit.mid(digits);
            }
            bool known = false;
            for (const UnitName &entry : kUnitNames) {
                if (unit == entry.text) {
                    dtype.m_timeUnit = entry.unit;
                    known = true;
                }
            }
            if (!known)
                return dtypeError(descr, ModelText::tr("unknown time unit '%1'").arg(unit));
        }
    } else {
        std::optional<qint64> size = rest.isEmpty()
                && (dtype.m_kind == Kind::Unicode || dtype.m_kind == Kind::Bytes
                    || dtype.m_kind == Kind::Void)
            ? std::optional<qint64>(0)
            : parseCount(rest);
        if (!size)
            return dtypeError(descr, ModelText::tr("invalid size"));
        bool validSize = true;
        switch (dtype.m_kind) {
        case Kind::Bool:
            validSize = *size == 1;
            break;
        case Kind::SignedInt:
        case Kind::UnsignedInt:
            validSize = *size == 1 || *size == 2 || *size == 4 || *size == 8;
            break;
        case Kind::Float:
            validSize = *size == 2 || *size == 4 || *size == 8 || *size == 12 || *size == 16;
            break;
        case Kind::Complex:
            validSize = *size == 8 || *size == 16 || *size == 24 || *size == 32;
            break;
        case Kind::Unicode:
            *size *= 4;
            break; // n characters of 4 bytes
        default:
            break;
        }
        if (!validSize)
            return dtypeError(descr, ModelText::tr("no such size for this type"));
        dtype.m_itemSize = *size;
    }

    const bool orderIrrelevant = dtype.m_kind == Kind::Bytes || dtype.m_kind == Kind::Void
        || ((dtype.m_kind == Kind::Bool || dtype.m_kind == Kind::SignedInt
                || dtype.m_kind == Kind::UnsignedInt)
            && dtype.m_itemSize == 1);
    if (orderIrrelevant)
        dtype.m_byteOrder = ByteOrder::NotApplicable;
    else if (order == QLatin1Char('<'))
        dtype.m_byteOrder = ByteOrder::Little;
    else if (order == QLatin1Char('>'))
        dtype.m_byteOrder = ByteOrder::Big;
    else // '|' and '=' mean this machine's order for multi-byte types
        dtype.m_byteOrder = kHostIsLittleEndian ? ByteOrder::Little : ByteOrder::Big;
    return dtype;
}

Result<NpyDtype> NpyDtype::structured(std::vector<Entry> entries)
{
    NpyDtype dtype;
    dtype.m_kind = Kind::Structured;
    std::set<QString> usedNames;
    qint64 offset = 0;
    for (Entry &entry : entries) {
        if (!entry.format)
            return makeError(
                ErrorCode::InvalidNpy, ModelText::tr("A structured dtype entry has no format."));
        qint64 size = entry.format->itemSize();
        qint64 count = 1;
        if (entry.subShape) {
            for (qint64 dim : *entry.subShape) {
                if (dim < 0)
                    return makeError(ErrorCode::InvalidNpy,
                        ModelText::tr("Field '%1' has a negative sub-array dimension.")
                            .arg(entry.name));
                if (__builtin_mul_overflow(size, dim, &size)
                    || __builtin_mul_overflow(count, dim, &count))
                    return makeError(ErrorCode::InvalidNpy,
                        ModelText::tr("Field '%1' is too large.").arg(entry.name));
            }
        }
        // Zero-byte elements are not bounded by the data present: many of
        // them would only make every record arbitrarily slow to decode.
        if (entry.format->itemSize() == 0 && count > 1)
            return makeError(ErrorCode::InvalidNpy,
                ModelText::tr("Field '%1' is a sub-array of %2 zero-byte elements.")
                    .arg(entry.name)
                    .arg(count));
        entry.size = size;
        entry.offset = offset;
        if (__builtin_add_overflow(offset, size, &offset))
            return makeError(
                ErrorCode::InvalidNpy, ModelText::tr("The structured dtype is too large."));
        if (entry.isPadding())
            continue;
        if (entry.name.isEmpty())
            return makeError(ErrorCode::InvalidNpy,
                ModelText::tr("A structured dtype has an unnamed field that is not padding."));
        if (!usedNames.insert(entry.name).second
            || (entry.title && !usedNames.insert(*entry.title).second))
            return makeError(ErrorCode::InvalidNpy,
                ModelText::tr("The field name or title '%1' occurs more than once.")
                    .arg(entry.name));
    }
    dtype.m_itemSize = offset;
    dtype.m_entries = std::move(entries);
    return dtype;
}

bool NpyDtype::isNumeric() const
{
    switch (m_kind) {
    case Kind::Bool:
    case Kind::SignedInt:
    case Kind::UnsignedInt:
    case Kind::Float:
    case Kind::Complex:
        return true;
    default:
        return false;
    }
}

bool NpyDtype::isExtendedPrecision() const
{
    return (m_kind == Kind::Float && m_itemSize > 8)
        || (m_kind == Kind::Complex && m_itemSize > 16);
}

bool NpyDtype::isNativeOrder() const
{
    if (m_byteOrder == ByteOrder::NotApplicable)
        return true;
    return (m_byteOrder == ByteOrder::Little) == kHostIsLittleEndian;
}

QString NpyDtype::unitSuffix() const
{
    if (m_timeUnit == TimeUnit::Generic)
        return QString();
    QString unit;
    for (const UnitName &entry : kUnitNames) {
        if (entry.unit == m_timeUnit)
            unit = entry.text;
    }
    if (m_timeMultiplier != 1)
        unit.prepend(QString::number(m_timeMultiplier));
    return QLatin1Char('[') + unit + QLatin1Char(']');
}

nlohmann::json NpyDtype::descrJson() const
{
    if (!isStructured())
        return toJson(m_descr);
    nlohmann::json list = nlohmann::json::array();
    for (const Entry &entry : m_entries) {
        nlohmann::json item = nlohmann::json::array();
        if (entry.title)
            item.push_back(nlohmann::json::array({ toJson(*entry.title), toJson(entry.name) }));
        else
            item.push_back(toJson(entry.name));
        item.push_back(entry.format->descrJson());
        if (entry.subShape)
            item.push_back(nlohmann::json(*entry.subShape));
        list.push_back(std::move(item));
    }
    return list;
}

QString NpyDtype::str() const
{
    if (isStructured())
        return QStringLiteral("|V%1").arg(m_itemSize);
    QString text;
    switch (m_byteOrder) {
    case ByteOrder::Little:
        text = QStringLiteral("<");
        break;
    case ByteOrder::Big:
        text = QStringLiteral(">");
        break;
    case ByteOrder::NotApplicable:
        text = QStringLiteral("|");
        break;
    }
    switch (m_kind) {
    case Kind::Bool:
        return text + QLatin1String("b1");
    case Kind::SignedInt:
        return text + QLatin1Char('i') + QString::number(m_itemSize);
    case Kind::UnsignedInt:
        return text + QLatin1Char('u') + QString::number(m_itemSize);
    case Kind::Float:
        return text + QLatin1Char('f') + QString::number(m_itemSize);
    case Kind::Complex:
        return text + QLatin1Char('c') + QString::number(m_itemSize);
    case Kind::Unicode:
        return text + QLatin1Char('U') + QString::number(m_itemSize / 4);
    case Kind::Bytes:
        return text + QLatin1Char('S') + QString::number(m_itemSize);
    case Kind::Void:
        return text + QLatin1Char('V') + QString::number(m_itemSize);
    case Kind::Datetime:
        return text + QLatin1String("M8") + unitSuffix();
    case Kind::Timedelta:
        return text + QLatin1String("m8") + unitSuffix();
    case Kind::Structured:
        break;
    }
    return text;
}

QString NpyDtype::name() const
{
    if (isStructured())
        return isPacked() ? structListRepr() : structDictRepr();
    if (m_kind == Kind::Unicode || m_kind == Kind::Bytes || m_kind == Kind::Void
        || !isNativeOrder())
        return str();
    const QString bits = QString::number(m_itemSize * 8);
    switch (m_kind) {
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::SignedInt:
        return QLatin1String("int") + bits;
    case Kind::UnsignedInt:
        return QLatin1String("uint") + bits;
    case Kind::Float:
        return QLatin1String("float") + bits;
    case Kind::Complex:
        return QLatin1String("complex") + bits;
    case Kind::Datetime:
        return QLatin1String("datetime64") + unitSuffix();
    case Kind::Timedelta:
        return QLatin1String("timedelta64") + unitSuffix();
    default:
        return str();
    }
}

// numpy's _construction_repr(dtype, short=True), used inside structured names.
QString NpyDtype::constructionRepr() const
{
    if (isStructured())
        return name();
    QString order;
    if (m_byteOrder == ByteOrder::Little)
        order = QStringLiteral("<");
    else if (m_byteOrder == ByteOrder::Big)
        order = QStringLiteral(">");
    QString text;
    switch (m_kind) {
    case Kind::Bool:
        text = QStringLiteral("?");
        break;
    case Kind::Bytes:
        text = QLatin1Char('S') + QString::number(m_itemSize);
        break;
    case Kind::Void:
        text = QLatin1Char('V') + QString::number(m_itemSize);
        break;
    case Kind::Unicode:
        text = order + QLatin1Char('U') + QString::number(m_itemSize / 4);
        break;
    case Kind::Datetime:
        text = order + QLatin1String("M8") + unitSuffix();
        break;
    case Kind::Timedelta:
        text = order + QLatin1String("m8") + unitSuffix();
        break;
    default:
        text = str().mid(1).prepend(order);
        break;
    }
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString NpyDtype::structListRepr() const
{
    QStringList items;
    for (const Entry &entry : m_entries) {
        if (entry.isPadding())
            continue;
        QString item = QStringLiteral("(");
        if (entry.title)
            item += QLatin1Char('(') + pythonRepr(*entry.title) + QLatin1String(", ")
                + pythonRepr(entry.name) + QLatin1String("), ");
        else
            item += pythonRepr(entry.name) + QLatin1String(", ");
        item += entry.format->constructionRepr();
        if (entry.subShape && !entry.subShape->empty())
            item += QLatin1String(", ") + tupleRepr(*entry.subShape);
        items << item + QLatin1Char(')');
    }
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString NpyDtype::structDictRepr() const
{
    QStringList names, formats, offsets, titles;
    bool anyTitle = false;
    for (const Entry &entry : m_entries) {
        if (entry.isPadding())
            continue;
        names << pythonRepr(entry.name);
        if (entry.subShape && !entry.subShape->empty())
            formats << QLatin1Char('(') + entry.format->constructionRepr() + QLatin1String(", ")
                    + tupleRepr(*entry.subShape) + QLatin1Char(')');
        else
            formats << entry.format->constructionRepr();
        offsets << QString::number(entry.offset);
        titles << (entry.title ? pythonRepr(*entry.title) : QStringLiteral("None"));
        anyTitle = anyTitle || entry.title.has_value();
    }
    const QLatin1String separator(", ");
    QString text = QLatin1String("{'names': [") + names.join(separator)
        + QLatin1String("], 'formats': [") + formats.join(separator)
        + QLatin1String("], 'offsets': [") + offsets.join(separator);
    if (anyTitle)
        text += QLatin1String("], 'titles': [") + titles.join(separator);
    return text + QLatin1String("], 'itemsize': ") + QString::number(m_itemSize) + QLatin1Char('}');
}

// numpy's _is_packed for an unaligned record: real fields back to back,
// nothing after the last.
bool NpyDtype::isPacked() const
{
    qint64 total = 0;
    for (const Entry &entry : m_entries) {
        if (entry.isPadding())
            continue;
        if (entry.offset != total)
            return false;
        total += entry.size;
    }
    return total == m_itemSize;
}

} // namespace skops
