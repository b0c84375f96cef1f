// .npy decoding: every array of both corpora compared with the oracle, plus
// hand-built headers and values whose expected results come from the format
// description (skops-format.md, section 6 and the appendix).
#include "JsonCompare.h"
#include "NpyArray.h"
#include "NpyHeader.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {

// An .npy member around `header` (the dict text) and `data`.
QByteArray npyBytes(const QByteArray &header, const QByteArray &data = QByteArray(), int major = 1)
{
    QByteArray bytes("\x93NUMPY", 6);
    bytes.append(char(major));
    bytes.append(char(0));
    const quint32 length = quint32(header.size());
    bytes.append(char(length & 0xff));
    bytes.append(char((length >> 8) & 0xff));
    if (major > 1) {
        bytes.append(char((length >> 16) & 0xff));
        bytes.append(char((length >> 24) & 0xff));
    }
    return bytes + header + data;
}

QByteArray simpleHeader(const char *descr, const char *shape, bool fortran = false)
{
    return QByteArray("{'descr': ") + descr + ", 'fortran_order': " + (fortran ? "True" : "False")
        + ", 'shape': " + shape + ", }\n";
}

template<typename T> QByteArray rawBytes(std::initializer_list<T> values)
{
    QByteArray bytes;
    for (T value : values)
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    return bytes;
}

QByteArray reversed(QByteArray bytes)
{
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

// An x87 long double in its 16-byte numpy layout (x86-64 only: the test
// machine's long double is the format under test).
QByteArray x87Bytes(long double value)
{
    QByteArray bytes(16, '\0');
    std::memcpy(bytes.data(), &value, 10);
    return bytes;
}

NpyArray arrayOf(const QByteArray &bytes)
{
    auto array = NpyArray::fromMember(MemberBytes::fromByteArray(bytes));
    if (!array)
        qFatal("test array did not parse: %s", qPrintable(array.error().message));
    return std::move(array).value();
}

struct ArrayRow
{
    QString archivePath;
    json expected;
};

} // namespace

Q_DECLARE_METATYPE(ArrayRow)
Q_DECLARE_METATYPE(ErrorCode)

class TestNpy : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------- the corpora

    void oracleArrays_data()
    {
        QTest::addColumn<ArrayRow>("row");
        int rows = 0;
        for (const testdata::CorpusFile &file : testdata::corpusFiles()) {
            const json oracle = testdata::oracle(file);
            for (const json &entry : oracle["arrays"]) {
                const QString name = file.corpus + QLatin1Char('/') + file.stem + QLatin1Char('/')
                    + QString::fromStdString(entry["file"].get<std::string>());
                QTest::newRow(qPrintable(name)) << ArrayRow { file.path, entry };
                ++rows;
            }
        }
        // The public corpora (the appendix's 1279 also counts holdout files).
        QCOMPARE(rows, 1010);
    }

    void oracleArrays()
    {
        QFETCH(ArrayRow, row);
        const json &expected = row.expected;
        const auto archive = ZipArchive::openFile(row.archivePath);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        const ZipMember *member
            = archive.value()->find(QString::fromStdString(expected["file"].get<std::string>()));
        QVERIFY(member);
        const auto bytes = archive.value()->read(*member);
        QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));

        const auto parsed = NpyArray::fromMember(bytes.value());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const NpyArray &array = parsed.value();
        const NpyHeader &header = array.header();

        COMPARE_JSON(
            json::array({ header.majorVersion(), header.minorVersion() }), expected["npy_version"]);
        COMPARE_JSON(array.dtype().descrJson(), expected["descr"]);
        COMPARE_JSON(json(header.fortranOrder()), expected["fortran_order"]);
        COMPARE_JSON(json(header.shape()), expected["shape"]);
        COMPARE_JSON(json(header.dataOffset()), expected["header_len"]);
        COMPARE_JSON(json(array.dtype().str().toStdString()), expected["dtype"]);
        COMPARE_JSON(json(array.dtype().name().toStdString()), expected["dtype_name"]);
        COMPARE_JSON(array.oracleSum(), expected["sum"]);
        COMPARE_JSON(array.oracleFirst(), expected["first"]);
    }

    // The prefix a viewer reads before inflating a whole member is enough.
    void headerFromPrefixOnly()
    {
        const auto file = testdata::corpusFiles().first();
        const json oracle = testdata::oracle(file);
        const json &entry = oracle["arrays"][0];
        const auto archive = ZipArchive::openFile(file.path);
        QVERIFY(archive.ok());
        const ZipMember *member
            = archive.value()->find(QString::fromStdString(entry["file"].get<std::string>()));
        QVERIFY(member);
        const auto prefix = archive.value()->readPrefix(*member, NpyHeader::prefixBytesNeeded());
        QVERIFY(prefix.ok());
        const auto header = NpyHeader::parse(prefix.value().view());
        QVERIFY2(header.ok(), qPrintable(header.error().message));
        QCOMPARE(header.value().dataOffset(), entry["header_len"].get<qint64>());
        QVERIFY(header.value().validateDataSize(qint64(member->uncompressedSize)).ok());
    }

    // ---------------------------------------------------- hostile headers

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray f8 = simpleHeader("'<f8'", "(3,)");
        const QByteArray data24(24, '\0');

        QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidNpy << "magic";
        QTest::newRow("bad magic")
            << QByteArray("\x93NUMPZ\x01\x00\x10\x00", 10) + f8 << ErrorCode::InvalidNpy << "magic";
        QTest::newRow("pickle") << QByteArray("\x80\x04\x95", 3) << ErrorCode::InvalidNpy
                                << "magic";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << ErrorCode::InvalidNpy
                             << "ZIP archive";
        QTest::newRow("truncated preamble")
            << QByteArray("\x93NUMPY\x01\x00\x10", 9) << ErrorCode::InvalidNpy << "truncated";
        QTest::newRow("truncated v2 length")
            << QByteArray("\x93NUMPY\x02\x00\x10\x00", 10) << ErrorCode::InvalidNpy << "truncated";
        QTest::newRow("version 4")
            << npyBytes(f8, data24, 4) << ErrorCode::InvalidNpy << "version 4.0";
        QTest::newRow("header past end")
            << npyBytes(f8).left(40) << ErrorCode::InvalidNpy << "only 30 follow";
        QByteArray huge = npyBytes(f8, data24, 2);
        huge[10] = char(0xff); // length 0x00ff00xx
        QTest::newRow("header over limit") << huge << ErrorCode::InvalidNpy << "the limit is 65536";
        QTest::newRow("data too short") << npyBytes(f8, QByteArray(16, '\0'))
                                        << ErrorCode::InvalidNpy << "needs 24 bytes, but only 16";
        QTest::newRow("no data") << npyBytes(f8) << ErrorCode::InvalidNpy
                                 << "needs 24 bytes, but only 0";
        QTest::newRow("element overflow")
            << npyBytes(simpleHeader("'|u1'", "(4294967296, 4294967296)")) << ErrorCode::InvalidNpy
            << "more than 2^63 elements";
        QTest::newRow("byte overflow") << npyBytes(simpleHeader("'<f8'", "(4611686018427387904,)"))
                                       << ErrorCode::InvalidNpy << "more than 2^63 bytes";
        QTest::newRow("dim beyond 64 bits")
            << npyBytes(simpleHeader("'<f8'", "(99999999999999999999,)")) << ErrorCode::InvalidNpy
            << "beyond 64 bits";
        QTest::newRow("object") << npyBytes(simpleHeader("'|O'", "(1,)"), QByteArray(8, '\0'))
                                << ErrorCode::UnsupportedDtype << "never loaded";
        QTest::newRow("object field")
            << npyBytes(simpleHeader("[('a', '<i4'), ('b', '|O')]", "(1,)"), QByteArray(12, '\0'))
            << ErrorCode::UnsupportedDtype << "Python objects";
        QTest::newRow("nested object field")
            << npyBytes(simpleHeader("[('a', [('b', '|O8')])]", "(1,)"))
            << ErrorCode::UnsupportedDtype << "Python objects";
        QTest::newRow("list shape") << npyBytes(simpleHeader("'<f8'", "[3]"), data24)
                                    << ErrorCode::InvalidNpy << "shape is not valid";
        QTest::newRow("int shape") << npyBytes(simpleHeader("'<f8'", "(3)"), data24)
                                   << ErrorCode::InvalidNpy << "shape is not valid";
        QTest::newRow("negative dim") << npyBytes(simpleHeader("'<f8'", "(-1,)"), data24)
                                      << ErrorCode::InvalidNpy << "negative";
        QTest::newRow("float dim") << npyBytes(simpleHeader("'<f8'", "(3.0,)"), data24)
                                   << ErrorCode::InvalidNpy << "whole numbers";
        QTest::newRow("bool dim") << npyBytes(simpleHeader("'<f8'", "(True,)"), data24)
                                  << ErrorCode::InvalidNpy << "not a whole number";
        QTest::newRow("65 dims") << npyBytes(
            simpleHeader("'<f8'", "(" + QByteArray("1, ").repeated(65) + ")"))
                                 << ErrorCode::InvalidNpy << "at most 64";
        QTest::newRow("unknown key") << npyBytes(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'extra': 1}", data24)
                                     << ErrorCode::InvalidNpy << "unexpected key 'extra'";
        QTest::newRow("missing key") << npyBytes("{'descr': '<f8', 'shape': (3,)}", data24)
                                     << ErrorCode::InvalidNpy << "required";
        QTest::newRow("duplicate key") << npyBytes(
            "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (3,)}", data24)
                                       << ErrorCode::InvalidNpy << "twice";
        QTest::newRow("fortran not bool")
            << npyBytes("{'descr': '<f8', 'fortran_order': 0, 'shape': (3,)}", data24)
            << ErrorCode::InvalidNpy << "True or False";
        QTest::newRow("not a dict") << npyBytes("('<f8', False, (3,))", data24)
                                    << ErrorCode::InvalidNpy << "not a dictionary";
        QTest::newRow("call") << npyBytes(
            "{'descr': __import__('os').system('true'), 'fortran_order': False, 'shape': (3,)}",
            data24) << ErrorCode::InvalidNpy
                              << "not allowed";
        QTest::newRow("trailing text") << npyBytes(simpleHeader("'<f8'", "(3,)") + "x", data24)
                                       << ErrorCode::InvalidNpy << "after the dictionary";
        QTest::newRow("unterminated string")
            << npyBytes("{'descr': '<f8, 'fortran_order': False, 'shape': (3,)}", data24)
            << ErrorCode::InvalidNpy << "Invalid .npy header";
        QTest::newRow("deep nesting") << npyBytes(simpleHeader(
            QByteArray("[('a', ").repeated(200) + "'<f8'" + QByteArray(")]").repeated(200), "(1,)"))
                                      << ErrorCode::InvalidNpy << "levels deep";
        // Each level must be parsed once, not once per enclosing tuple.
        QTest::newRow("nested tuples") << npyBytes(simpleHeader(
            "'<f8'", QByteArray("(").repeated(60) + "1" + QByteArray(",)").repeated(60)))
                                       << ErrorCode::InvalidNpy << "not a whole number";
        QTest::newRow("L suffix in v3") << npyBytes(simpleHeader("'<f8'", "(3L,)"), data24, 3)
                                        << ErrorCode::InvalidNpy << "whole numbers";
        QTest::newRow("bad utf-8 in v3")
            << npyBytes(simpleHeader("[('\xff', '<f8')]", "(3,)"), data24, 3)
            << ErrorCode::InvalidNpy << "UTF-8";
        QTest::newRow("unknown type") << npyBytes(simpleHeader("'<q8'", "(3,)"), data24)
                                      << ErrorCode::UnsupportedDtype << "unknown type code";
        QTest::newRow("bad int size") << npyBytes(simpleHeader("'<i3'", "(3,)"), data24)
                                      << ErrorCode::UnsupportedDtype << "no such size";
        QTest::newRow("bad time unit") << npyBytes(simpleHeader("'<M8[fortnight]'", "(3,)"), data24)
                                       << ErrorCode::UnsupportedDtype << "unknown time unit";
        QTest::newRow("duplicate field")
            << npyBytes(simpleHeader("[('a', '<i4'), ('a', '<i4')]", "(3,)"), data24)
            << ErrorCode::InvalidNpy << "more than once";
        QTest::newRow("top-level sub-array") << npyBytes(simpleHeader("('<i4', (2,))", "(3,)"),
            data24) << ErrorCode::InvalidNpy << "descr must be";
        QTest::newRow("zero-byte sub-array")
            << npyBytes(simpleHeader("[('a', '|V0', (1000000000000,))]", "(3,)"))
            << ErrorCode::InvalidNpy << "zero-byte";
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const auto array = NpyArray::fromMember(MemberBytes::fromByteArray(bytes));
        QVERIFY(!array.ok());
        QCOMPARE(array.error().code, code);
        QVERIFY2(array.error().message.contains(messagePart), qPrintable(array.error().message));
    }

    void headerGrammar()
    {
        // Any key order, double quotes, no padding, no trailing comma.
        const QByteArray unpadded(
            "{\"shape\": (2,), \"fortran_order\": False, \"descr\": \"<i2\"}");
        auto array = arrayOf(npyBytes(unpadded, rawBytes<qint16>({ 7, -8 })));
        COMPARE_JSON(array.oracleFirst(), json::parse("[7, -8]"));
        QCOMPARE(array.header().dataOffset(), 10 + unpadded.size());

        // Python 2 long suffixes (v1, v2), escapes and u'' prefixes in names.
        array = arrayOf(
            npyBytes(simpleHeader("[(u'a\\'b', '<i2'), ('c\\x41\\u00e9', '|u1')]", "(2L,)"),
                QByteArray(6, '\1')));
        COMPARE_JSON(array.dtype().descrJson(), json::parse(R"([["a'b", "<i2"], ["cAé", "|u1"]])"));
        QCOMPARE(array.dtype().name(), QStringLiteral("[(\"a'b\", '<i2'), ('cAé', 'u1')]"));
        QCOMPARE(array.shape(), std::vector<qint64> { 2 });

        // Trailing bytes after the data are ignored.
        array = arrayOf(npyBytes(simpleHeader("'|u1'", "(2,)"), "\x05\x06 trailing"));
        COMPARE_JSON(array.oracleFirst(), json::parse("[5, 6]"));
    }

    void versions()
    {
        const QByteArray data = rawBytes<qint32>({ 1, 2 });
        const NpyArray v2 = arrayOf(npyBytes(simpleHeader("'<i4'", "(2,)"), data, 2));
        QCOMPARE(v2.header().majorVersion(), 2);
        QCOMPARE(v2.header().dataOffset(), 12 + simpleHeader("'<i4'", "(2,)").size());
        COMPARE_JSON(v2.oracleFirst(), json::parse("[1, 2]"));

        // v3 headers are UTF-8: a field name outside latin-1.
        const NpyArray v3 = arrayOf(npyBytes(simpleHeader("[('名', '<i4')]", "(2,)"), data, 3));
        QCOMPARE(v3.header().majorVersion(), 3);
        QCOMPARE(v3.dtype().name(), QStringLiteral("[('名', '<i4')]"));
        COMPARE_JSON(v3.dtype().descrJson(), json::parse(R"([["名", "<i4"]])"));
        COMPARE_JSON(v3.oracleFirst(), json::parse("[[1], [2]]"));
    }

    void shapesAndOrder()
    {
        // numpy.save of asfortranarray(arange(6).reshape(2, 3)).
        const NpyArray fortran = arrayOf(npyBytes(
            simpleHeader("'<i4'", "(2, 3)", true), rawBytes<qint32>({ 0, 3, 1, 4, 2, 5 })));
        QVERIFY(fortran.header().fortranOrder());
        COMPARE_JSON(fortran.oracleFirst(), json::parse("[0, 1, 2, 3, 4]"));
        QCOMPARE(fortran.toInt64(5), qint64(5));
        QCOMPARE(fortran.toDouble(3), 3.0);
        COMPARE_JSON(fortran.oracleSum(), json(15.0));

        const NpyArray scalar
            = arrayOf(npyBytes(simpleHeader("'<f8'", "()"), rawBytes<double>({ 2.5 })));
        QCOMPARE(scalar.size(), qint64(1));
        COMPARE_JSON(json(scalar.shape()), json::array());
        COMPARE_JSON(scalar.oracleFirst(), json::parse("[2.5]"));

        const NpyArray empty = arrayOf(npyBytes(simpleHeader("'<f8'", "(3, 0)")));
        QCOMPARE(empty.size(), qint64(0));
        COMPARE_JSON(empty.oracleFirst(), json::array());
        COMPARE_JSON(empty.oracleSum(), json(0.0));
        QVERIFY(std::isnan(empty.toDouble(0))); // out of range: neutral, no read
        QVERIFY(empty.elementBytes(0).isEmpty());
    }

    void numericValues()
    {
        const NpyArray bigInt = arrayOf(npyBytes(
            simpleHeader("'>i4'", "(3,)"), QByteArray("\0\0\0\x01\0\0\x01\0\xff\xff\xff\xfe", 12)));
        QCOMPARE(bigInt.dtype().name(), QStringLiteral(">i4"));
        COMPARE_JSON(bigInt.oracleFirst(), json::parse("[1, 256, -2]"));
        COMPARE_JSON(bigInt.oracleSum(), json(255.0));

        const NpyArray bigDouble = arrayOf(
            npyBytes(simpleHeader("'>f8'", "(1,)"), reversed(rawBytes<double>({ -0.1 }))));
        COMPARE_JSON(bigDouble.oracleFirst(), json::parse("[-0.1]"));

        const NpyArray single
            = arrayOf(npyBytes(simpleHeader("'<f4'", "(1,)"), rawBytes<float>({ 0.1f })));
        COMPARE_JSON(single.oracleFirst(), json::parse("[0.10000000149011612]"));

        const quint64 max = std::numeric_limits<quint64>::max();
        const NpyArray unsigned64
            = arrayOf(npyBytes(simpleHeader("'<u8'", "(1,)"), rawBytes<quint64>({ max })));
        COMPARE_JSON(unsigned64.oracleFirst(), json::parse("[18446744073709551615]"));
        COMPARE_JSON(unsigned64.oracleSum(), json(18446744073709551616.0));

        const NpyArray bools
            = arrayOf(npyBytes(simpleHeader("'|b1'", "(3,)"), QByteArray("\x00\x01\x07", 3)));
        COMPARE_JSON(bools.oracleFirst(), json::parse("[false, true, true]"));
        COMPARE_JSON(bools.oracleSum(), json(2.0));

        const NpyArray half = arrayOf(
            npyBytes(simpleHeader("'<f2'", "(3,)"), rawBytes<quint16>({ 0x3800, 0xbd00, 0x7bff })));
        COMPARE_JSON(half.oracleFirst(), json::parse("[0.5, -1.25, 65504.0]"));

        const NpyArray complex
            = arrayOf(npyBytes(simpleHeader("'<c8'", "(1,)"), rawBytes<float>({ 1.5f, -2.0f })));
        COMPARE_JSON(complex.oracleFirst(), json::parse("[[1.5, -2.0]]"));
        COMPARE_JSON(complex.oracleSum(), json(nullptr));
        QCOMPARE(complex.toDouble(0), 1.5);
    }

    void nonFiniteSums_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("sum");
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nan") << npyBytes(
            simpleHeader("'<f8'", "(2,)"), rawBytes<double>({ 1, nan }))
                             << QByteArray("[1.0, \"nan\"]") << QByteArray("\"nan\"");
        QTest::newRow("inf") << npyBytes(
            simpleHeader("'<f8'", "(2,)"), rawBytes<double>({ 1, inf }))
                             << QByteArray("[1.0, \"inf\"]") << QByteArray("\"inf\"");
        QTest::newRow("-inf") << npyBytes(
            simpleHeader("'<f4'", "(2,)"), rawBytes<float>({ 1, -float(inf) }))
                              << QByteArray("[1.0, \"-inf\"]") << QByteArray("\"-inf\"");
        QTest::newRow("both infinities")
            << npyBytes(simpleHeader("'<f8'", "(2,)"), rawBytes<double>({ -inf, inf }))
            << QByteArray("[\"-inf\", \"inf\"]") << QByteArray("\"nan\"");
        // math.fsum([1e-16, 1, 1e16]) rounds the last digit up (CPython's own example).
        QTest::newRow("fsum") << npyBytes(
            simpleHeader("'<f8'", "(3,)"), rawBytes<double>({ 1e-16, 1, 1e16 }))
                              << QByteArray("[1e-16, 1.0, 1e16]")
                              << QByteArray("1.0000000000000002e16");
        QTest::newRow("cancellation")
            << npyBytes(
                   simpleHeader("'<f8'", "(4,)"), rawBytes<double>({ 1e100, 1.0, -1e100, 1e-100 }))
            << QByteArray("[1e100, 1.0, -1e100, 1e-100]") << QByteArray("1.0");
        // A longdouble beyond float64 becomes inf when converted.
        QTest::newRow("longdouble overflow")
            << npyBytes(simpleHeader("'<f16'", "(1,)"), x87Bytes(1e400L))
            << QByteArray("[\"1e+400\"]") << QByteArray("\"inf\"");
    }

    void nonFiniteSums()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, sum);
        const NpyArray array = arrayOf(bytes);
        COMPARE_JSON(array.oracleFirst(), json::parse(first.toStdString()));
        COMPARE_JSON(array.oracleSum(), json::parse(sum.toStdString()));
    }

    // Expected strings from the appendix: numpy str() of longdouble and clongdouble.
    void extendedPrecision_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const auto longDouble = [](long double value) {
            return npyBytes(simpleHeader("'<f16'", "()"), x87Bytes(value));
        };
        const auto complex = [](long double real, long double imag) {
            return npyBytes(simpleHeader("'<c32'", "()"), x87Bytes(real) + x87Bytes(imag));
        };
        QTest::newRow("1.5") << longDouble(1.5L) << "1.5";
        QTest::newRow("2.0") << longDouble(2.0L) << "2.0";
        QTest::newRow("-0.0") << longDouble(-0.0L) << "-0.0";
        QTest::newRow("1e+16") << longDouble(1e16L) << "1e+16";
        QTest::newRow("float64 1e-300") << longDouble(1e-300) << "1.00000000000000002506e-300";
        QTest::newRow("float64 0.1") << longDouble(0.1) << "0.10000000000000000555";
        QTest::newRow("1e-4 is positional") << longDouble(1e-4L) << "0.0001";
        QTest::newRow("below 1e-4") << longDouble(1.5e-5L) << "1.5e-05";
        QTest::newRow("nan") << longDouble(std::numeric_limits<long double>::quiet_NaN()) << "nan";
        QTest::newRow("-inf") << longDouble(-std::numeric_limits<long double>::infinity())
                              << "-inf";
        QTest::newRow("big-endian")
            << npyBytes(simpleHeader("'>f16'", "()"), reversed(x87Bytes(1.5L))) << "1.5";
        QTest::newRow("complex") << complex(1.5L, 2.0L) << "(1.5+2j)";
        QTest::newRow("complex negative zero")
            << complex(-0.0L, -0.1) << "(-0-0.10000000000000000555j)";
        QTest::newRow("complex imaginary") << complex(0.0L, 2.0L) << "2j";
    }

    void extendedPrecision()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const NpyArray array = arrayOf(bytes);
        COMPARE_JSON(array.oracleValue(0), json(text.toStdString()));
    }

    void extendedPrecisionNumbers()
    {
        const NpyArray array = arrayOf(
            npyBytes(simpleHeader("'<f16'", "(2,)"), x87Bytes(0.1L) + x87Bytes(1.0L / 3)));
        QCOMPARE(array.toLongDouble(0), 0.1L);
        QCOMPARE(array.toDouble(1), double(1.0L / 3));
        QCOMPARE(array.dtype().name(), QStringLiteral("float128"));
        // Each element rounded to float64 first, then summed exactly.
        COMPARE_JSON(array.oracleSum(), json(double(0.1L) + double(1.0L / 3)));
    }

    void textValues()
    {
        const QByteArray unicode = rawBytes<quint32>({ 'a', 0, 'b', 0, 0x65e5, 0, 0, 0 });
        const NpyArray strings = arrayOf(npyBytes(simpleHeader("'<U4'", "(2,)"), unicode));
        COMPARE_JSON(strings.oracleFirst(), json::parse(R"(["a\u0000b", "日"])"));
        QCOMPARE(strings.dtype().name(), QStringLiteral("<U4"));

        const NpyArray bigUnicode
            = arrayOf(npyBytes(simpleHeader("'>U1'", "(1,)"), QByteArray("\0\0\0\xe9", 4)));
        COMPARE_JSON(bigUnicode.oracleFirst(), json::parse(R"(["é"])"));

        const NpyArray bytes
            = arrayOf(npyBytes(simpleHeader("'|S3'", "(2,)"), QByteArray("a\0b\xff\0\0", 6)));
        COMPARE_JSON(bytes.oracleFirst(), json::parse(R"(["a\u0000b", "ÿ"])"));

        const NpyArray opaque
            = arrayOf(npyBytes(simpleHeader("'|V2'", "(1,)"), QByteArray("\x41\0", 2)));
        COMPARE_JSON(opaque.oracleFirst(), json::parse(R"(["A\u0000"])"));
        QCOMPARE(opaque.dtype().name(), QStringLiteral("|V2"));
        COMPARE_JSON(opaque.oracleSum(), json(nullptr));
    }

    void datetimes_data()
    {
        QTest::addColumn<QByteArray>("descr");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("Y") << QByteArray("'<M8[Y]'") << qint64(54) << "2024";
        QTest::newRow("M") << QByteArray("'<M8[M]'") << qint64(649) << "2024-02";
        QTest::newRow("W") << QByteArray("'<M8[W]'") << qint64(1) << "1970-01-08";
        QTest::newRow("D") << QByteArray("'<M8[D]'") << qint64(19782) << "2024-02-29";
        QTest::newRow("h") << QByteArray("'<M8[h]'") << qint64(19782 * 24 + 12) << "2024-02-29T12";
        QTest::newRow("m") << QByteArray("'<M8[m]'") << qint64(19782 * 1440 + 720)
                           << "2024-02-29T12:00";
        QTest::newRow("s") << QByteArray("'<M8[s]'") << qint64(19782) * 86400 + 43200
                           << "2024-02-29T12:00:00";
        QTest::newRow("ms") << QByteArray("'<M8[ms]'") << qint64(-1) << "1969-12-31T23:59:59.999";
        QTest::newRow("us") << QByteArray("'<M8[us]'") << qint64(1) << "1970-01-01T00:00:00.000001";
        QTest::newRow("ns") << QByteArray("'<M8[ns]'") << qint64(1'500'000'000)
                            << "1970-01-01T00:00:01.500000000";
        QTest::newRow("as") << QByteArray("'<M8[as]'") << qint64(1)
                            << "1970-01-01T00:00:00.000000000000000001";
        QTest::newRow("NaT") << QByteArray("'<M8[D]'") << std::numeric_limits<qint64>::min()
                             << "NaT";
        QTest::newRow("negative year") << QByteArray("'<M8[D]'") << qint64(-755993) << "-100-03-01";
        QTest::newRow("year 10000") << QByteArray("'<M8[D]'") << qint64(2932897) << "10000-01-01";
        QTest::newRow("multiplier")
            << QByteArray("'<M8[10s]'") << qint64(6) << "1970-01-01T00:01:00";
        QTest::newRow("big-endian") << QByteArray("'>M8[D]'") << qint64(19782) << "2024-02-29";
    }

    void datetimes()
    {
        QFETCH(QByteArray, descr);
        QFETCH(qint64, count);
        QFETCH(QString, text);
        QByteArray data = rawBytes<qint64>({ count });
        if (descr.startsWith("'>"))
            data = reversed(data);
        const NpyArray array = arrayOf(npyBytes(simpleHeader(descr, "(1,)"), data));
        COMPARE_JSON(array.oracleFirst(), json::array({ text.toStdString() }));
        COMPARE_JSON(array.oracleSum(), json(nullptr));
    }

    void timedeltas()
    {
        const NpyArray array = arrayOf(npyBytes(simpleHeader("'<m8[h]'", "(2,)"),
            rawBytes<qint64>({ -3, std::numeric_limits<qint64>::min() })));
        COMPARE_JSON(array.oracleFirst(), json::parse("[-3, -9223372036854775808]"));
        QCOMPARE(array.dtype().name(), QStringLiteral("timedelta64[h]"));
        QCOMPARE(array.dtype().str(), QStringLiteral("<m8[h]"));
    }

    void dtypeNames_data()
    {
        QTest::addColumn<QByteArray>("descr");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QString>("name");
        QTest::newRow("i1 little") << QByteArray("'<i1'") << "|i1"
                                   << "int8";
        QTest::newRow("u1 big") << QByteArray("'>u1'") << "|u1"
                                << "uint8";
        QTest::newRow("S native") << QByteArray("'<S2'") << "|S2"
                                  << "|S2";
        QTest::newRow("c32") << QByteArray("'<c32'") << "<c32"
                             << "complex256";
        QTest::newRow("big float") << QByteArray("'>f8'") << ">f8"
                                   << ">f8";
        QTest::newRow("big datetime") << QByteArray("'>M8[D]'") << ">M8[D]"
                                      << ">M8[D]";
        QTest::newRow("datetime multiplier") << QByteArray("'<M8[10s]'") << "<M8[10s]"
                                             << "datetime64[10s]";
        QTest::newRow("generic datetime") << QByteArray("'<M8'") << "<M8"
                                          << "datetime64";
        QTest::newRow("sub-array and nested")
            << QByteArray("[('a', '<i4', (2,)), ('b', [('c', '<f4')])]") << "|V12"
            << "[('a', '<i4', (2,)), ('b', [('c', '<f4')])]";
        QTest::newRow("title") << QByteArray("[(('title', 'a'), '<i4')]") << "|V4"
                               << "[(('title', 'a'), '<i4')]";
        QTest::newRow("short codes")
            << QByteArray(
                   "[('f', '|b1'), ('g', '|u1'), ('h', '|S3'), ('i', '<U2'), ('j', '>M8[m]')]")
            << "|V21"
            << "[('f', '?'), ('g', 'u1'), ('h', 'S3'), ('i', '<U2'), ('j', '>M8[m]')]";
        QTest::newRow("padding")
            << QByteArray("[('', '|V2'), ('a', '<i2'), ('', '|V2')]") << "|V6"
            << "{'names': ['a'], 'formats': ['<i2'], 'offsets': [2], 'itemsize': 6}";
        QTest::newRow("padding with titles and sub-array")
            << QByteArray("[(('t', 'a'), '<f8', (2, 3)), ('b', '|u1'), ('', '|V7')]") << "|V56"
            << "{'names': ['a', 'b'], 'formats': [('<f8', (2, 3)), 'u1'], 'offsets': [0, 48], "
               "'titles': ['t', None], 'itemsize': 56}";
    }

    void dtypeNames()
    {
        QFETCH(QByteArray, descr);
        QFETCH(QString, dtype);
        QFETCH(QString, name);
        const auto header = NpyHeader::parse(npyBytes(simpleHeader(descr, "(0,)")));
        QVERIFY2(header.ok(), qPrintable(header.error().message));
        QCOMPARE(header.value().dtype().str(), dtype);
        QCOMPARE(header.value().dtype().name(), name);
    }

    void records()
    {
        // [('a', '<i4', (2,)), ('', '|V2'), ('b', [('c', '<f4'), ('d', '|S2')])]
        QByteArray record = rawBytes<qint32>({ 1, -2 }) + QByteArray("\xAA\xBB", 2)
            + rawBytes<float>({ 0.5f }) + QByteArray("x\0", 2);
        const NpyArray array = arrayOf(npyBytes(
            simpleHeader(
                "[('a', '<i4', (2,)), ('', '|V2'), ('b', [('c', '<f4'), ('d', '|S2')])]", "()"),
            record));
        COMPARE_JSON(array.dtype().descrJson(),
            json::parse(
                R"([["a", "<i4", [2]], ["", "|V2"], ["b", [["c", "<f4"], ["d", "|S2"]]]])"));
        COMPARE_JSON(array.oracleFirst(), json::parse(R"([[[1, -2], [0.5, "x"]]])"));
        QCOMPARE(array.dtype().itemSize(), qint64(16));
        COMPARE_JSON(array.oracleSum(), json(nullptr));
        QCOMPARE(array.toText(0), QStringLiteral("([1, -2], (0.5, x))"));

        const NpyArray matrix = arrayOf(
            npyBytes(simpleHeader("[('m', '|u1', (2, 2))]", "(1,)"), QByteArray("\1\2\3\4", 4)));
        COMPARE_JSON(matrix.oracleFirst(), json::parse("[[[[1, 2], [3, 4]]]]"));
    }

    // Time fields inside records follow Python's str() of tolist() items.
    void timeFieldsInRecords_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("date") << QByteArray("'<M8[D]'") << qint64(19782)
                              << QByteArray("\"2024-02-29\"");
        QTest::newRow("month") << QByteArray("'<M8[M]'") << qint64(649)
                               << QByteArray("\"2024-02-01\"");
        QTest::newRow("datetime") << QByteArray("'<M8[s]'") << qint64(19782) * 86400 + 43200
                                  << QByteArray("\"2024-02-29 12:00:00\"");
        QTest::newRow("datetime us") << QByteArray("'<M8[us]'") << qint64(1'500'000)
                                     << QByteArray("\"1970-01-01 00:00:01.500000\"");
        QTest::newRow("datetime ns") << QByteArray("'<M8[ns]'") << qint64(5) << QByteArray("5");
        QTest::newRow("year 0") << QByteArray("'<M8[Y]'") << qint64(-1970) << QByteArray("-1970");
        QTest::newRow("datetime NaT")
            << QByteArray("'<M8[D]'") << std::numeric_limits<qint64>::min() << QByteArray("null");
        QTest::newRow("seconds") << QByteArray("'<m8[s]'") << qint64(5)
                                 << QByteArray("\"0:00:05\"");
        QTest::newRow("negative") << QByteArray("'<m8[s]'") << qint64(-3)
                                  << QByteArray("\"-1 day, 23:59:57\"");
        QTest::newRow("one day") << QByteArray("'<m8[s]'") << qint64(100000)
                                 << QByteArray("\"1 day, 3:46:40\"");
        QTest::newRow("days") << QByteArray("'<m8[D]'") << qint64(3)
                              << QByteArray("\"3 days, 0:00:00\"");
        QTest::newRow("ms") << QByteArray("'<m8[ms]'") << qint64(1500)
                            << QByteArray("\"0:00:01.500000\"");
        QTest::newRow("ns") << QByteArray("'<m8[ns]'") << qint64(7) << QByteArray("7");
        QTest::newRow("months") << QByteArray("'<m8[M]'") << qint64(7) << QByteArray("7");
        QTest::newRow("timedelta NaT")
            << QByteArray("'<m8[s]'") << std::numeric_limits<qint64>::min() << QByteArray("null");
    }

    void timeFieldsInRecords()
    {
        QFETCH(QByteArray, format);
        QFETCH(qint64, count);
        QFETCH(QByteArray, expected);
        const NpyArray array = arrayOf(
            npyBytes(simpleHeader("[('t', " + format + ")]", "(1,)"), rawBytes<qint64>({ count })));
        COMPARE_JSON(array.oracleValue(0), json::array({ json::parse(expected.toStdString()) }));
    }

    void displayText()
    {
        const NpyArray doubles = arrayOf(
            npyBytes(simpleHeader("'<f8'", "(4,)"), rawBytes<double>({ 0.1, 1e16, 2.0, 1e-5 })));
        QCOMPARE(doubles.toText(0), QStringLiteral("0.1"));
        QCOMPARE(doubles.toText(1), QStringLiteral("1e+16"));
        QCOMPARE(doubles.toText(2), QStringLiteral("2.0"));
        QCOMPARE(doubles.toText(3), QStringLiteral("1e-05"));
        const NpyArray singles
            = arrayOf(npyBytes(simpleHeader("'<f4'", "(1,)"), rawBytes<float>({ 0.1f })));
        QCOMPARE(singles.toText(0), QStringLiteral("0.1"));
        const NpyArray dates
            = arrayOf(npyBytes(simpleHeader("'<M8[D]'", "(1,)"), rawBytes<qint64>({ 19782 })));
        QCOMPARE(dates.toText(0), QStringLiteral("2024-02-29"));
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
