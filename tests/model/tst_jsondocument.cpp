// schema.json as CPython's json module reads it.
#include "JsonDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

#include <cmath>

using namespace skops;
using Type = JsonDocument::Type;

class TestJsonDocument : public QObject
{
    Q_OBJECT

    static JsonDocument parsed(const char *text)
    {
        auto doc = JsonDocument::parse(QByteArrayView(text));
        if (!doc.ok())
            qFatal("%s", qPrintable(doc.error().message));
        return std::move(doc).value();
    }

private slots:
    void acceptsNonStandardLiteralsOutsideStrings()
    {
        const JsonDocument doc = parsed("{\"a\": NaN, \"b\": [Infinity, -Infinity, -1.5], \"c\": \"NaN Infinity\", \"d\": 7}");
        const auto a = doc.member(doc.root(), "a");
        QCOMPARE(doc.type(a), Type::NaN);
        QVERIFY(std::isnan(doc.number(a)));
        const auto b = doc.member(doc.root(), "b");
        QCOMPARE(doc.type(doc.child(b, 0)), Type::Infinity);
        QCOMPARE(doc.type(doc.child(b, 1)), Type::NegativeInfinity);
        QCOMPARE(doc.number(doc.child(b, 2)), -1.5);
        QCOMPARE(doc.text(doc.member(doc.root(), "c")), std::string_view("NaN Infinity"));
        QCOMPARE(doc.integer(doc.member(doc.root(), "d")), 7);
    }

    void keepsIntegersWiderThan64BitsExactly()
    {
        const JsonDocument doc = parsed("{\"state\": 35399562948360463058890781895381311971, \"u\": 18446744073709551615, \"n\": -9223372036854775808}");
        const auto state = doc.member(doc.root(), "state");
        QCOMPARE(doc.type(state), Type::BigInteger);
        QCOMPARE(doc.text(state), std::string_view("35399562948360463058890781895381311971"));
        QCOMPARE(doc.type(doc.member(doc.root(), "u")), Type::Unsigned);
        QCOMPARE(doc.unsignedInteger(doc.member(doc.root(), "u")), 18446744073709551615ull);
        QCOMPARE(doc.integer(doc.member(doc.root(), "n")), std::numeric_limits<std::int64_t>::min());
    }

    void duplicateKeyKeepsFirstPositionAndLastValue()
    {
        const JsonDocument doc = parsed("{\"1\": \"a\", \"x\": 0, \"1\": \"b\"}");
        QCOMPARE(doc.size(doc.root()), 2u);
        QCOMPARE(doc.key(doc.root(), 0), std::string_view("1"));
        QCOMPARE(doc.text(doc.child(doc.root(), 0)), std::string_view("b"));
        QCOMPARE(doc.key(doc.root(), 1), std::string_view("x"));
    }

    void duplicateKeyInLargeObject()
    {
        QByteArray text = "{";
        for (int i = 0; i < 20; ++i)
            text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        text += "\"k3\": 99, \"k19\": [1]}";
        auto doc = JsonDocument::parse(text);
        QVERIFY(doc.ok());
        QCOMPARE(doc->size(doc->root()), 20u);
        QCOMPARE(doc->integer(doc->child(doc->root(), 3)), 99);
        QVERIFY(doc->isArray(doc->child(doc->root(), 19)));
    }

    void keepsMemberOrder()
    {
        const JsonDocument doc = parsed("{\"z\": 1, \"a\": 2, \"m\": 3}");
        QCOMPARE(doc.key(doc.root(), 0), std::string_view("z"));
        QCOMPARE(doc.key(doc.root(), 1), std::string_view("a"));
        QCOMPARE(doc.key(doc.root(), 2), std::string_view("m"));
    }

    void acceptsByteOrderMark()
    {
        QVERIFY(JsonDocument::parse(QByteArrayView("\xEF\xBB\xBF{\"a\": 1}")).ok());
    }

    // json.loads(bytes) decodes UTF-16 and UTF-32 too. Non-ASCII text in
    // every length of UTF-8 (a surrogate pair in UTF-16) reads back as the
    // QString it was encoded from, by Qt.
    void decodesUtf16AndUtf32_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QString key = QStringLiteral("k\u00e4\u20ac\U0001F600");
        const QString value = QStringLiteral("a\u00f6\u65e5\U0001F642z");
        const QString json = QStringLiteral("{\"%1\": [\"%2\", 1]}").arg(key, value);
        const struct
        {
            const char *name;
            QStringConverter::Encoding encoding;
            QByteArray bom;
        } encodings[] = {
            { "UTF-16-LE", QStringConverter::Utf16LE, QByteArray("\xFF\xFE", 2) },
            { "UTF-16-BE", QStringConverter::Utf16BE, QByteArray("\xFE\xFF", 2) },
            { "UTF-32-LE", QStringConverter::Utf32LE, QByteArray("\xFF\xFE\x00\x00", 4) },
            { "UTF-32-BE", QStringConverter::Utf32BE, QByteArray("\x00\x00\xFE\xFF", 4) },
        };
        for (const auto &encoding : encodings) {
            QStringEncoder encoder(encoding.encoding);
            const QByteArray bytes = encoder(json);
            QTest::newRow(encoding.name) << bytes;
            QTest::newRow(qPrintable(QLatin1String(encoding.name) + QStringLiteral(" with BOM")))
                << encoding.bom + bytes;
        }
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + json.toUtf8();
    }
    void decodesUtf16AndUtf32()
    {
        QFETCH(QByteArray, text);
        const auto doc = JsonDocument::parse(text);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        const JsonDocument &d = doc.value();
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        QCOMPARE(JsonDocument::encodingName(d.sourceEncoding()), row.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(d.sourceHadByteOrderMark(), row.endsWith(QStringLiteral(" with BOM")));
        QCOMPARE(d.size(d.root()), 1u);
        const std::string_view key = d.key(d.root(), 0);
        QCOMPARE(QString::fromUtf8(key.data(), qsizetype(key.size())),
            QStringLiteral("k\u00e4\u20ac\U0001F600"));
        const auto list = d.child(d.root(), 0);
        QCOMPARE(d.qstring(d.child(list, 0)), QStringLiteral("a\u00f6\u65e5\U0001F642z"));
        QCOMPARE(d.integer(d.child(list, 1)), 1);
    }

    // json.detect_encoding looks at the first four bytes only (two for a
    // two-byte text); each answer was checked with CPython's json.loads.
    void detectsTheEncodingAsCPython_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // serialized, or empty when refused
        const auto hex = [](const char *bytes) { return QByteArray::fromHex(bytes); };
        QTest::newRow("two bytes, UTF-16-LE") << hex("3100") << QStringLiteral("1");
        QTest::newRow("two bytes, UTF-16-BE") << hex("0031") << QStringLiteral("1");
        QTest::newRow("XX 00 00 XX, UTF-16-LE")
            << hex("2200004e2200") << QStringLiteral("\"\u4E00\"");
        QTest::newRow("UTF-32-LE BOM, not UTF-16-LE BOM and NUL")
            << hex("fffe00005b000000310000005d000000") << QStringLiteral("[1]");
        QTest::newRow("UTF-32-BE BOM")
            << hex("0000feff0000005b000000310000005d") << QStringLiteral("[1]");
        QTest::newRow("UTF-16-BE BOM") << hex("feff00310032") << QStringLiteral("12");
        // Three bytes are UTF-8: the NUL is then text after the number.
        QTest::newRow("three bytes") << hex("312000") << QString();
        // Only one byte order mark is dropped; a second one is text.
        QTest::newRow("UTF-16 BOM twice") << hex("fffefffe3100") << QString();
        QTest::newRow("UTF-8 BOM twice") << hex("efbbbfefbbbf31") << QString();
        QTest::newRow("UTF-16 BOM only") << hex("fffe") << QString();
        QTest::newRow("UTF-32 BOM only") << hex("fffe0000") << QString();
    }
    void detectsTheEncodingAsCPython()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto doc = JsonDocument::parse(text);
        if (expected.isEmpty()) {
            QVERIFY(!doc.ok());
            QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
            return;
        }
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(QString::fromStdString(doc.value().serialize(doc.value().root())), expected);
    }

    // json.loads(str), as skops reads a JsonNode's content, decodes
    // nothing: "1" and a NUL is not the UTF-16-LE text "1" there.
    void parseTextLooksForNoOtherEncoding()
    {
        const QByteArray text("1\x00", 2);
        QVERIFY(JsonDocument::parse(text).ok());
        const auto doc = JsonDocument::parseText(text);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
        QStringEncoder utf32(QStringConverter::Utf32LE);
        QVERIFY(!JsonDocument::parseText(QByteArray(utf32(QStringLiteral("[1]")))).ok());
        QVERIFY(JsonDocument::parseText("[1]").ok());
        // json.loads('\ufeff[1]') fails: "Unexpected UTF-8 BOM".
        QVERIFY(JsonDocument::parse("\xEF\xBB\xBF[1]").ok());
        QVERIFY(!JsonDocument::parseText("\xEF\xBB\xBF[1]").ok());
    }

    void plainUtf8IsTheSourceEncodingOfSkopsFiles()
    {
        const auto doc = JsonDocument::parse("{\"a\": 1}");
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().sourceEncoding(), JsonDocument::SourceEncoding::Utf8);
        QVERIFY(!doc.value().sourceHadByteOrderMark());
    }

    // Positions in errors count bytes of the text as stored, byte order
    // mark included, whatever the encoding.
    void errorPositionsCountStoredBytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("position");
        QStringEncoder utf16(QStringConverter::Utf16LE);
        QStringEncoder utf32(QStringConverter::Utf32BE);
        // CPython: "Expecting value: ... (char 6)", the x after 7 UTF-16 units.
        QTest::newRow("UTF-16-LE, a surrogate pair before")
            << QByteArray("\xFF\xFE") + QByteArray(utf16(QStringLiteral("[\"\U0001F600\", x]")))
            << QStringLiteral("byte 16");
        QTest::newRow("UTF-32-BE")
            << QByteArray(utf32(QStringLiteral("{\"a\": [1, 2,]}"))) << QStringLiteral("byte 48");
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF[1, x]") << QStringLiteral("byte 7");
        QTest::newRow("UTF-8") << QByteArray("[1, x]") << QStringLiteral("byte 4");
    }
    void errorPositionsCountStoredBytes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, position);
        const auto doc = JsonDocument::parse(text);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
        QVERIFY2(doc.error().message.contains(
                     QStringLiteral("not valid JSON (") + position + QLatin1Char(')')),
            qPrintable(doc.error().message));
    }

    // A lone surrogate passes CPython's 'surrogatepass' decoding, but our
    // UTF-8 strings cannot hold it: refused wherever it comes from.
    void refusesLoneSurrogates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("\\u escape")
            << QByteArray("[\"\\ud83d\"]") << QStringLiteral("lone high surrogate in a \\u escape");
        QTest::newRow("UTF-16-LE") << QByteArray::fromHex("5b0022003dd822005d00")
                                   << QStringLiteral("(byte 4): lone high surrogate U+D83D");
        QTest::newRow("UTF-16-BE") << QByteArray::fromHex("005b0022de420022005d")
                                   << QStringLiteral("(byte 4): lone low surrogate U+DE42");
        QTest::newRow("UTF-32-LE")
            << QByteArray::fromHex("5b0000002200000000dc0000220000005d000000")
            << QStringLiteral("(byte 8): lone low surrogate U+DC00");
    }
    void refusesLoneSurrogates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto doc = JsonDocument::parse(text);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    }

    void rejectsInvalidJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("raw control character") << QByteArray("{\"a\": \"x\ty\"}");
        QTest::newRow("single quotes") << QByteArray("{'a': 1}");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("nan lowercase") << QByteArray("{\"a\": nan}");
    }
    void rejectsInvalidJson()
    {
        QFETCH(QByteArray, text);
        const auto doc = JsonDocument::parse(text);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
        QVERIFY(doc.error().message.contains(QLatin1String("schema.json")));
    }

    // The parser skips indentation and plain text eight bytes at a time:
    // whatever ends a run must be seen at every position within a word.
    // Qt's own JSON parser gives the expected strings.
    void seesEveryCharacterAtEveryOffset()
    {
        const QList<QByteArray> specials = {"\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", "\xC3\xA9",
                                            "\xF0\x9F\x98\x80", "\x7F", "/", "\\\\"};
        const QByteArray spaces(" \n\t  \r          \n                    ");
        for (int offset = 0; offset < 18; ++offset) {
            for (const QByteArray &special : specials) {
                const QByteArray text = QByteArray(offset, 'a') + special + QByteArray(17 - offset, 'b');
                const QByteArray gap = spaces.left(offset);
                const QByteArray json = "{" + gap + "\"" + text + "\"" + gap + ":" + gap + "[" + gap + "\"" + text
                                        + "\"" + gap + "," + gap + "1" + gap + "]" + gap + "}" + gap;
                const QJsonObject expected = QJsonDocument::fromJson(json).object();
                QVERIFY2(expected.size() == 1, json.constData());
                const auto doc = JsonDocument::parse(json);
                QVERIFY2(doc.ok(), qPrintable(doc.error().message + QLatin1String(": ") + QString::fromUtf8(json)));
                const JsonDocument &d = doc.value();
                const QString key = expected.keys().front();
                QCOMPARE(QString::fromUtf8(d.key(d.root(), 0).data(), qsizetype(d.key(d.root(), 0).size())), key);
                const JsonDocument::Index list = d.child(d.root(), 0);
                QCOMPARE(d.qstring(d.child(list, 0)), expected.value(key).toArray().at(0).toString());
                QCOMPARE(d.integer(d.child(list, 1)), 1);
            }
            // CPython's json.loads refuses each of these (a raw control
            // character, or bytes that are not UTF-8); Qt's parser is laxer.
            for (const QByteArray &bad : {QByteArray("\x01"), QByteArray("\x1F"), QByteArray("\xFF"),
                                          QByteArray("\xC3")}) {
                const QByteArray json = "[\"" + QByteArray(offset, 'a') + bad + QByteArray(17 - offset, 'b') + "\"]";
                const auto doc = JsonDocument::parse(json);
                QVERIFY2(!doc.ok(), json.toHex().constData());
                QCOMPARE(doc.error().code, ErrorCode::InvalidJson);
            }
        }
    }

    // The counting pass and the parse each hand the whole text back, front
    // to back, in steps, without changing what is parsed.
    void handsBackWhatItHasRead()
    {
        QByteArray text = "[";
        for (int i = 0; i < 40000; ++i)
            text += (i ? ", " : "") + QByteArrayLiteral("{\"key\": \"value ") + QByteArray::number(i) + "\", \"n\": "
                  + QByteArray::number(i) + "}";
        text += "]";
        QVERIFY(text.size() > (1 << 20));

        std::vector<QByteArrayView> steps;
        const auto doc = JsonDocument::parse(text, Limits(), nullptr,
                                             [&](QByteArrayView finished) { steps.push_back(finished); });
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(doc.value().valueCount(), std::size_t(1 + 40000 * 3));
        QCOMPARE(doc.value().text(doc.value().member(doc.value().child(doc.value().root(), 39999), "key")),
                 std::string_view("value 39999"));

        int passes = 0;
        const char *expected = text.constData();
        for (const QByteArrayView step : steps) {
            QCOMPARE(static_cast<const void *>(step.data()), static_cast<const void *>(expected));
            QVERIFY(step.size() > 0 && step.size() <= (512 << 10));
            expected += step.size();
            if (expected == text.constData() + text.size()) {
                ++passes;
                expected = text.constData();
            }
        }
        QCOMPARE(passes, 2);
        QCOMPARE(static_cast<const void *>(expected), static_cast<const void *>(text.constData()));
        QVERIFY(steps.size() >= 8);
    }

    // Decoding reads the text once, handing it back front to back; the
    // UTF-8 copy it parses is its own and is never handed back.
    void handsBackDecodedTextOnce()
    {
        QByteArray utf8 = "[";
        for (int i = 0; i < 40000; ++i)
            utf8 += (i ? ", " : "") + QByteArrayLiteral("{\"key\": \"value ")
                + QByteArray::number(i) + "\"}";
        utf8 += "]";
        QStringEncoder encoder(QStringConverter::Utf16BE);
        const QByteArray text
            = QByteArray("\xFE\xFF") + QByteArray(encoder(QString::fromUtf8(utf8)));
        QVERIFY(text.size() > (1 << 20));

        std::vector<QByteArrayView> steps;
        const auto doc = JsonDocument::parse(
            text, Limits(), nullptr, [&](QByteArrayView finished) { steps.push_back(finished); });
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(doc.value().valueCount(), std::size_t(1 + 40000 * 2));
        const char *expected = text.constData();
        for (const QByteArrayView step : steps) {
            QCOMPARE(static_cast<const void *>(step.data()), static_cast<const void *>(expected));
            QVERIFY(step.size() > 0 && step.size() <= (512 << 10));
            expected += step.size();
        }
        QCOMPARE(static_cast<const void *>(expected),
            static_cast<const void *>(text.constData() + text.size()));
        QVERIFY(steps.size() >= 4);
    }

    // The UTF-8 copy is bounded by the schema size limit: UTF-16 text of
    // characters that take 3 bytes in UTF-8 grows by half.
    void decodedCopyStaysWithinTheSchemaLimit()
    {
        const QString json = QStringLiteral("[\"%1\"]").arg(QString(1000, QChar(0x20AC)));
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray text = encoder(json);
        const auto utf8Size = quint64(json.toUtf8().size());
        QVERIFY(utf8Size > quint64(text.size()));
        Limits limits;
        limits.maxSchemaBytes = utf8Size;
        const auto doc = JsonDocument::parse(text, limits);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(
            doc.value().text(doc.value().child(doc.value().root(), 0)).size(), std::size_t(3000));
        limits.maxSchemaBytes = utf8Size - 1;
        const auto refused = JsonDocument::parse(text, limits);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SchemaTooLarge);
        QVERIFY2(refused.error().message.contains(QString::number(utf8Size - 1)),
            qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("UTF-16-LE")),
            qPrintable(refused.error().message));
    }

    void refusesNestingBeyondTheLimit()
    {
        Limits limits;
        limits.maxJsonDepth = 50;
        const QByteArray deep = QByteArray(50, '[') + QByteArray(50, ']');
        QVERIFY(JsonDocument::parse(deep, limits).ok());
        const QByteArray deeper = QByteArray(51, '[') + QByteArray(51, ']');
        const auto doc = JsonDocument::parse(deeper, limits);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::TooDeep);
        // Far deeper than any stack would allow recursively: refused, not crashed.
        const QByteArray hostile = QByteArray(1'000'000, '[');
        QCOMPARE(JsonDocument::parse(hostile).error().code, ErrorCode::TooDeep);
    }

    void refusesTooManyValues()
    {
        Limits limits;
        limits.maxJsonValues = 10;
        QVERIFY(JsonDocument::parse("[1,2,3,4,5,6,7,8,9]", limits).ok());
        QCOMPARE(JsonDocument::parse("[1,2,3,4,5,6,7,8,9,10]", limits).error().code,
                 ErrorCode::SchemaTooLarge);
    }

    void pointersEscapeAndResolve()
    {
        const JsonDocument doc = parsed("{\"a/b\": {\"c~d\": [10, {\"e\": 20}]}}");
        const auto inner = doc.child(doc.child(doc.member(doc.root(), "a/b"), 0), 1);
        QCOMPARE(doc.pointer(inner), QStringLiteral("/a~1b/c~0d/1"));
        QCOMPARE(doc.resolve(QStringLiteral("/a~1b/c~0d/1")), inner);
        QCOMPARE(doc.resolve(QString()), doc.root());
        QCOMPARE(doc.resolve(QStringLiteral("/missing")), JsonDocument::npos);
        QCOMPARE(doc.resolve(QStringLiteral("/a~1b/c~0d/7")), JsonDocument::npos);
    }

    void serializesPythonStyle()
    {
        const JsonDocument doc = parsed("{\"a\":[1,2.50,NaN],\"b\":{\"c\":null,\"d\":\"x\\\"y\"}}");
        QCOMPARE(doc.serialize(doc.root()),
                 std::string("{\"a\": [1, 2.50, NaN], \"b\": {\"c\": null, \"d\": \"x\\\"y\"}}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
