#include "NpyHeader.h"
#include "ModelText.h"

#include <QStringDecoder>
#include <QStringList>
#include <cstring>

namespace skops {

namespace {

// Nested brackets in a header. numpy writes one level per nested record; far
// deeper nesting only serves to exhaust the stack.
constexpr int kMaxNesting = 64;

const char kNpyMagic[] = "\x93NUMPY";
const char kZipMagic[] = "PK\x03\x04";

Error headerError(const QString &why)
{
    return makeError(ErrorCode::InvalidNpy, ModelText::tr("Invalid .npy header: %1").arg(why));
}

// A Python literal as numpy writes them in headers.
struct Literal
{
    enum class Type { String, Integer, Boolean, Tuple, List, Dict };
    Type type = Type::Integer;
    QString text; // String
    qint64 integer = 0; // Integer (when it fits)
    bool integerTooLarge = false; // Integer beyond 64 bits
    bool boolean = false; // Boolean
    std::vector<Literal> items; // Tuple, List; Dict as key, value, key, value...
};

// Recursive descent over the literal grammar: dict, list, tuple, str, int,
// True and False. Anything else (names, calls, floats, operators) is a syntax
// error, so nothing is ever evaluated.
class LiteralParser
{
public:
    LiteralParser(QStringView text, bool allowLongSuffix)
        : m_text(text)
        , m_allowLongSuffix(allowLongSuffix)
    { }

    std::optional<Literal> parseDocument()
    {
        Literal value;
        if (!parseValue(value, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size()) {
            fail(ModelText::tr("unexpected text after the dictionary"));
            return std::nullopt;
        }
        return value;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = ModelText::tr("%1 (at character %2)").arg(why).arg(m_pos);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n')
                && c != QLatin1Char('\r') && c != QLatin1Char('\f'))
                break;
            ++m_pos;
        }
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    bool accept(char c)
    {
        skipSpace();
        if (peek() == QLatin1Char(c)) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool parseValue(Literal &out, int depth)
    {
        if (depth > kMaxNesting)
            return fail(ModelText::tr("nested more than %1 levels deep").arg(kMaxNesting));
        skipSpace();
        if (atEnd())
            return fail(ModelText::tr("unexpected end of the header"));
        const QChar c = peek();
        if (c == QLatin1Char('{'))
            return parseDict(out, depth);
        if (c == QLatin1Char('['))
            return parseSequence(out, Literal::Type::List, QLatin1Char(']'), depth);
        if (c == QLatin1Char('('))
            return parseParenthesized(out, depth);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return parseString(out);
        if ((c == QLatin1Char('u') || c == QLatin1Char('U')) && m_pos + 1 < m_text.size()
            && (m_text.at(m_pos + 1) == QLatin1Char('\'')
                || m_text.at(m_pos + 1) == QLatin1Char('"'))) {
            ++m_pos; // u'...' means the same as '...'
            return parseString(out);
        }
        if (c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+'))
            return parseInteger(out);
        if (c.isLetter() || c == QLatin1Char('_'))
            return parseKeyword(out);
        return fail(ModelText::tr("unexpected character '%1'").arg(c));
    }

    bool parseDict(Literal &out, int depth)
    {
        ++m_pos; // {
        out.type = Literal::Type::Dict;
        if (depth > 0)
            return fail(ModelText::tr("a dictionary is only allowed as the whole header"));
        while (!accept('}')) {
            Literal key;
            Literal value;
            skipSpace();
            if (peek() != QLatin1Char('\'') && peek() != QLatin1Char('"'))
                return fail(ModelText::tr("expected a quoted key"));
            if (!parseString(key))
                return false;
            if (!accept(':'))
                return fail(ModelText::tr("expected ':'"));
            if (!parseValue(value, depth + 1))
                return false;
            out.items.push_back(std::move(key));
            out.items.push_back(std::move(value));
            if (accept('}'))
                break;
            if (!accept(','))
                return fail(ModelText::tr("expected ',' or '}'"));
        }
        return true;
    }

    bool parseSequence(Literal &out, Literal::Type type, QChar close, int depth)
    {
        ++m_pos; // [ or (
        out.type = type;
        return parseItems(out, close, depth);
    }

    // Comma-separated items up to `close` (a trailing comma allowed), after
    // the items already in `out`.
    bool parseItems(Literal &out, QChar close, int depth)
    {
        bool needSeparator = !out.items.empty();
        for (;;) {
            skipSpace();
            if (peek() == close) {
                ++m_pos;
                return true;
            }
            if (needSeparator) {
                if (!accept(','))
                    return fail(ModelText::tr("expected ',' or '%1'").arg(close));
                needSeparator = false;
                continue;
            }
            Literal item;
            if (!parseValue(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            needSeparator = true;
        }
    }

    // "()" and "(x,)" are tuples; "(x)" is just x, as in Python.
    bool parseParenthesized(Literal &out, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == QLatin1Char(')')) {
            ++m_pos;
            out.type = Literal::Type::Tuple;
            return true;
        }
        Literal first;
        if (!parseValue(first, depth + 1))
            return false;
        if (accept(')')) {
            out = std::move(first);
            return true;
        }
        if (peek() != QLatin1Char(','))
            return fail(ModelText::tr("expected ',' or ')'"));
        out.type = Literal::Type::Tuple;
        out.items.push_back(std::move(first));
        return parseItems(out, QLatin1Char(')'), depth);
    }

    bool parseString(Literal &out)
    {
        const QChar quote = m_text.at(m_pos++);
        out.type = Literal::Type::String;
        out.text.clear();
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                return true;
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                return fail(ModelText::tr("line break inside a string"));
            if (c != QLatin1Char('\\')) {
                out.text += c;
                continue;
            }
            if (!parseEscape(out.text))
                return false;
        }
        return fail(ModelText::tr("unterminated string"));
    }

    bool parseHexDigits(int count, char32_t *value)
    {
        *value = 0;
        for (int i = 0; i < count; ++i) {
            if (atEnd())
                return fail(ModelText::tr("truncated escape sequence"));
            const int digit = QStringView(u"0123456789abcdef").indexOf(m_text.at(m_pos).toLower());
            if (digit < 0)
                return fail(ModelText::tr("invalid escape sequence"));
            *value = *value * 16 + char32_t(digit);
            ++m_pos;
        }
        return true;
    }

    bool parseEscape(QString &text)
    {
        if (atEnd())
            return fail(ModelText::tr("unterminated string"));
        const QChar c = m_text.at(m_pos++);
        char32_t codePoint = 0;
        switch (c.unicode()) {
        case '\n':
            return true; // line continuation
        case '\\':
            text += QLatin1Char('\\');
            return true;
        case '\'':
            text += QLatin1Char('\'');
            return true;
        case '"':
            text += QLatin1Char('"');
            return true;
        case 'a':
            text += QLatin1Char('\a');
            return true;
        case 'b':
            text += QLatin1Char('\b');
            return true;
        case 'f':
            text += QLatin1Char('\f');
            return true;
        case 'n':
            text += QLatin1Char('\n');
            return true;
        case 'r':
            text += QLatin1Char('\r');
            return true;
        case 't':
            text += QLatin1Char('\t');
            return true;
        case 'v':
            text += QLatin1Char('\v');
            return true;
        case 'x':
            if (!parseHexDigits(2, &codePoint))
                return false;
            break;
        case 'u':
            if (!parseHexDigits(4, &codePoint))
                return false;
            break;
        case 'U':
            if (!parseHexDigits(8, &codePoint))
                return false;
            if (codePoint > 0x10FFFF)
                return fail(ModelText::tr("escape beyond U+10FFFF"));
            break;
        default:
            if (c >= QLatin1Char('0') && c <= QLatin1Char('7')) {
                codePoint = char32_t(c.unicode() - '0');
                for (int i = 0; i < 2 && !atEnd() && m_text.at(m_pos) >= QLatin1Char('0')
                     && m_text.at(m_pos) <= QLatin1Char('7');
                     ++i)
                    codePoint = codePoint * 8 + char32_t(m_text.at(m_pos++).unicode() - '0');
                break;
            }
            // Python keeps unknown escapes as written.
            text += QLatin1Char('\\');
            text += c;
            return true;
        }
        text += QString::fromUcs4(&codePoint, 1);
        return true;
    }

    bool parseInteger(Literal &out)
    {
        out.type = Literal::Type::Integer;
        bool negative = false;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
            negative = peek() == QLatin1Char('-');
            ++m_pos;
            skipSpace();
        }
        const qsizetype start = m_pos;
        quint64 magnitude = 0;
        while (!atEnd() && peek().isDigit() && peek().unicode() < 0x80) {
            const unsigned digit = peek().unicode() - '0';
            if (magnitude > (quint64(1) << 63) / 10
                || __builtin_add_overflow(magnitude * 10, digit, &magnitude))
                out.integerTooLarge = true;
            ++m_pos;
        }
        const qsizetype digits = m_pos - start;
        if (digits == 0)
            return fail(ModelText::tr("expected a number"));
        if (digits > 1 && m_text.at(start) == QLatin1Char('0') && magnitude != 0)
            return fail(ModelText::tr("a number with leading zeros"));
        if (m_allowLongSuffix && peek() == QLatin1Char('L'))
            ++m_pos; // Python 2 long suffix, dropped as numpy does for v1/v2
        if (!atEnd()
            && (peek().isLetterOrNumber() || peek() == QLatin1Char('.')
                || peek() == QLatin1Char('_')))
            return fail(ModelText::tr("only whole numbers are allowed"));
        if (magnitude > quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0))
            out.integerTooLarge = true;
        if (!out.integerTooLarge)
            out.integer = negative ? qint64(0 - magnitude) : qint64(magnitude);
        else
            out.integer = negative ? -1 : 1; // keeps the sign for messages
        return true;
    }

    bool parseKeyword(Literal &out)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')))
            ++m_pos;
        const QStringView word = m_text.mid(start, m_pos - start);
        if (word == u"True" || word == u"False") {
            out.type = Literal::Type::Boolean;
            out.boolean = word == u"True";
            return true;
        }
        m_pos = start;
        return fail(ModelText::tr("'%1' is not allowed in a header").arg(word));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_allowLongSuffix = false;
    QString m_error;
};

QString literalText(const Literal &literal)
{
    switch (literal.type) {
    case Literal::Type::String:
        return QLatin1Char('\'') + literal.text + QLatin1Char('\'');
    case Literal::Type::Integer:
        return literal.integerTooLarge ? ModelText::tr("a number beyond 64 bits")
                                       : QString::number(literal.integer);
    case Literal::Type::Boolean:
        return literal.boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Literal::Type::Tuple:
        return ModelText::tr("a tuple");
    case Literal::Type::List:
        return ModelText::tr("a list");
    case Literal::Type::Dict:
        return ModelText::tr("a dictionary");
    }
    return QString();
}

// A tuple of non-negative integers, as for shape and sub-array shapes.
Result<std::vector<qint64>> dimensions(const Literal &literal, const QString &what, int maxDims)
{
    if (literal.type != Literal::Type::Tuple)
        return headerError(ModelText::tr("%1 is not valid: %2 instead of a tuple")
                               .arg(what, literalText(literal)));
    if (literal.items.size() > size_t(maxDims))
        return headerError(ModelText::tr("%1 has %2 dimensions; at most %3 are allowed")
                               .arg(what)
                               .arg(literal.items.size())
                               .arg(maxDims));
    std::vector<qint64> dims;
    for (const Literal &item : literal.items) {
        if (item.type != Literal::Type::Integer)
            return headerError(ModelText::tr("%1 is not valid: %2 is not a whole number")
                                   .arg(what, literalText(item)));
        if (item.integer < 0)
            return headerError(ModelText::tr("%1 has a negative dimension").arg(what));
        if (item.integerTooLarge)
            return headerError(ModelText::tr("%1 has a dimension beyond 64 bits").arg(what));
        dims.push_back(item.integer);
    }
    return dims;
}

Result<NpyDtype> dtypeFromLiteral(const Literal &descr, int maxDims);

Result<NpyDtype::Entry> entryFromLiteral(const Literal &field, int maxDims)
{
    if (field.type != Literal::Type::Tuple || field.items.size() < 2 || field.items.size() > 3)
        return headerError(
            ModelText::tr("a structured descr entry must be a tuple (name, format) or "
                          "(name, format, shape), not %1")
                .arg(literalText(field)));
    NpyDtype::Entry entry;
    const Literal &name = field.items[0];
    if (name.type == Literal::Type::String) {
        entry.name = name.text;
    } else if (name.type == Literal::Type::Tuple && name.items.size() == 2
        && name.items[0].type == Literal::Type::String
        && name.items[1].type == Literal::Type::String) {
        entry.title = name.items[0].text;
        entry.name = name.items[1].text;
    } else {
        return headerError(
            ModelText::tr("a field name must be a string or a (title, name) pair, not %1")
                .arg(literalText(name)));
    }
    Result<NpyDtype> format = dtypeFromLiteral(field.items[1], maxDims);
    if (!format)
        return format.error();
    entry.format = std::make_shared<const NpyDtype>(std::move(format).value());
    if (field.items.size() == 3) {
        Result<std::vector<qint64>> shape = dimensions(
            field.items[2], ModelText::tr("the shape of field '%1'").arg(entry.name), maxDims);
        if (!shape)
            return shape.error();
        entry.subShape = std::move(shape).value();
    }
    return entry;
}

Result<NpyDtype> dtypeFromLiteral(const Literal &descr, int maxDims)
{
    if (descr.type == Literal::Type::String)
        return NpyDtype::fromString(descr.text);
    if (descr.type != Literal::Type::List)
        return headerError(ModelText::tr("descr must be a type string or a list of fields, not %1")
                               .arg(literalText(descr)));
    std::vector<NpyDtype::Entry> entries;
    for (const Literal &field : descr.items) {
        Result<NpyDtype::Entry> entry = entryFromLiteral(field, maxDims);
        if (!entry)
            return entry.error();
        entries.push_back(std::move(entry).value());
    }
    return NpyDtype::structured(std::move(entries));
}

quint32 readLittleEndian(const char *data, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(data[i]);
    return value;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 dim : shape)
        parts << QString::number(dim);
    return QLatin1Char('(') + parts.join(QLatin1String(", "))
        + (shape.size() == 1 ? QLatin1String(",)") : QLatin1String(")"));
}

} // namespace

qint64 NpyHeader::prefixBytesNeeded(const Limits &limits)
{
    return 12 + qint64(limits.maxNpyHeaderBytes);
}

Result<NpyHeader> NpyHeader::parse(QByteArrayView bytes, const Limits &limits)
{
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), kZipMagic, 4) == 0)
        return makeError(ErrorCode::InvalidNpy,
            ModelText::tr("The member is a ZIP archive where an .npy array was expected."));
    if (bytes.size() < 6 || std::memcmp(bytes.data(), kNpyMagic, 6) != 0)
        return makeError(ErrorCode::InvalidNpy,
            ModelText::tr("The member is not an .npy array: it does not start with the magic "
                          "bytes \\x93NUMPY."));
    if (bytes.size() < 10)
        return headerError(ModelText::tr("the preamble is truncated (%1 bytes)").arg(bytes.size()));
    const int major = static_cast<unsigned char>(bytes[6]);
    const int minor = static_cast<unsigned char>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        return headerError(ModelText::tr("unsupported format version %1.%2").arg(major).arg(minor));
    const int lengthSize = major == 1 ? 2 : 4;
    const qint64 textStart = 8 + lengthSize;
    if (bytes.size() < textStart)
        return headerError(ModelText::tr("the preamble is truncated (%1 bytes)").arg(bytes.size()));
    const quint64 textLength = readLittleEndian(bytes.data() + 8, lengthSize);
    if (textLength > limits.maxNpyHeaderBytes)
        return headerError(ModelText::tr("the header is %1 bytes long; the limit is %2 bytes")
                               .arg(textLength)
                               .arg(limits.maxNpyHeaderBytes));
    if (textStart + qint64(textLength) > bytes.size())
        return headerError(
            ModelText::tr("the header claims %1 bytes but only %2 follow the preamble")
                .arg(textLength)
                .arg(bytes.size() - textStart));

    const QByteArrayView raw = bytes.sliced(textStart, qint64(textLength));
    QString text;
    if (major == 3) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(raw);
        if (decoder.hasError())
            return headerError(ModelText::tr("the version 3 header is not valid UTF-8"));
    } else {
        text = QString::fromLatin1(raw);
    }

    LiteralParser parser(text, major < 3);
    const std::optional<Literal> document = parser.parseDocument();
    if (!document)
        return headerError(parser.error());
    if (document->type != Literal::Type::Dict)
        return headerError(ModelText::tr("the header is not a dictionary"));

    const Literal *descr = nullptr;
    const Literal *fortranOrder = nullptr;
    const Literal *shape = nullptr;
    for (size_t i = 0; i + 1 < document->items.size(); i += 2) {
        const QString &key = document->items[i].text;
        const Literal *value = &document->items[i + 1];
        const Literal **slot = key == QLatin1String("descr") ? &descr
            : key == QLatin1String("fortran_order")          ? &fortranOrder
            : key == QLatin1String("shape")                  ? &shape
                                                             : nullptr;
        if (!slot)
            return headerError(ModelText::tr("unexpected key '%1'").arg(key));
        if (*slot)
            return headerError(ModelText::tr("the key '%1' appears twice").arg(key));
        *slot = value;
    }
    if (!descr || !fortranOrder || !shape)
        return headerError(ModelText::tr("the keys descr, fortran_order and shape are required"));

    if (fortranOrder->type != Literal::Type::Boolean)
        return headerError(ModelText::tr("fortran_order must be True or False, not %1")
                               .arg(literalText(*fortranOrder)));
    Result<std::vector<qint64>> dims
        = dimensions(*shape, ModelText::tr("shape"), limits.maxNpyDims);
    if (!dims)
        return dims.error();
    Result<NpyDtype> dtype = dtypeFromLiteral(*descr, limits.maxNpyDims);
    if (!dtype)
        return dtype.error();

    NpyHeader header(std::move(dtype).value());
    header.m_major = major;
    header.m_minor = minor;
    header.m_dataOffset = textStart + qint64(textLength);
    header.m_fortranOrder = fortranOrder->boolean;
    header.m_shape = std::move(dims).value();
    qint64 count = 1;
    for (qint64 dim : header.m_shape) {
        if (__builtin_mul_overflow(count, dim, &count))
            return headerError(ModelText::tr("the shape %1 holds more than 2^63 elements")
                                   .arg(shapeText(header.m_shape)));
    }
    header.m_elementCount = count;
    if (__builtin_mul_overflow(count, header.m_dtype.itemSize(), &header.m_dataByteCount))
        return headerError(ModelText::tr("the shape %1 of '%2' needs more than 2^63 bytes")
                               .arg(shapeText(header.m_shape), header.m_dtype.str()));
    // Bounds every pass over the array, even when items take no bytes.
    if (quint64(count) > limits.maxArrayElements)
        return makeError(ErrorCode::TooManyElements,
            ModelText::tr("The array has %1 elements (shape %2), more than the limit of %3.")
                .arg(count)
                .arg(shapeText(header.m_shape))
                .arg(limits.maxArrayElements));
    return header;
}

Status NpyHeader::validateDataSize(qint64 memberSize) const
{
    const qint64 present = std::max<qint64>(0, memberSize - m_dataOffset);
    if (present < m_dataByteCount)
        return makeError(ErrorCode::InvalidNpy,
            ModelText::tr("The array data is truncated: shape %1 of '%2' needs %3 bytes, but "
                          "only %4 are present.")
                .arg(shapeText(m_shape), m_dtype.str())
                .arg(m_dataByteCount)
                .arg(present));
    return Status();
}

} // namespace skops
