// CSV export of arrays and slices: RFC 4180 quoting, CRLF lines, values
// that parse back to the elements (computed by hand or taken from the
// oracle), masked values left empty, and no file at all after a failure or
// a cancel.
#include "ArchiveBuilder.h"
#include "ArraySlice.h"
#include "CsvExport.h"
#include "NpyArray.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {

NpyArray arrayOf(const QByteArray &npyBytes)
{
    auto array = NpyArray::fromMember(MemberBytes::fromByteArray(npyBytes));
    if (!array)
        qFatal("array did not parse: %s", qPrintable(array.error().message));
    return std::move(array).value();
}

QByteArray header(const char *descr, const char *shape, bool fortran = false)
{
    return QByteArray("{'descr': ") + descr + ", 'fortran_order': " + (fortran ? "True" : "False")
        + ", 'shape': " + shape + ", }";
}

template<typename T> QByteArray rawBytes(const std::vector<T> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// A small RFC 4180 reader, independent of the writer: records end in CRLF,
// quoted fields may hold commas, CRLF and doubled quotes. Returns false on
// anything else (e.g. a bare LF outside quotes).
bool parseCsv(const QByteArray &bytes, QList<QStringList> &records)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return false;
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))
                return false;
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return false;
        } else {
            field += c;
        }
    }
    return !quoted && record.isEmpty() && field.isEmpty();
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("1.5") << QStringLiteral("1.5");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("spaces stay") << QStringLiteral(" a ") << QStringLiteral(" a ");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::field(text), expected);
    }

    // A 3 × 4 int32 matrix (value 10 r + c), exported as the table shows it
    // and transposed.
    void sliceOfMatrix()
    {
        std::vector<qint32> values;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c)
                values.push_back(10 * r + c);
        const NpyArray array = arrayOf(testdata::npy(header("'<i4'", "(3, 4)"), rawBytes(values)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("slice.csv"));

        ArraySlice slice(array.shape(), array.dtype());
        QVERIFY(CsvExport::writeSlice(path, array, slice).ok());
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("axis 0,0,1,2,3\r\n0,0,1,2,3\r\n1,10,11,12,13\r\n"));
        QList<QStringList> records;
        QVERIFY(parseCsv(bytes, records));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[3], QStringList({ QStringLiteral("2"), QStringLiteral("20"), QStringLiteral("21"),
                                 QStringLiteral("22"), QStringLiteral("23") }));

        QVERIFY(slice.setAxes(1, 0));
        QVERIFY(CsvExport::writeSlice(path, array, slice).ok());
        records.clear();
        QVERIFY(parseCsv(readFile(path), records));
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[0], QStringList({ QStringLiteral("axis 1"), QStringLiteral("0"), QStringLiteral("1"),
                                 QStringLiteral("2") }));
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(records[c + 1].size(), 4);
            QCOMPARE(records[c + 1][0], QString::number(c));
            for (int r = 0; r < 3; ++r)
                QCOMPARE(records[c + 1][r + 1].toInt(), 10 * r + c);
        }
    }

    // The whole of a 3-d array: one line per element with its index.
    void wholeArrayWithIndexes()
    {
        std::vector<double> values;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 2; ++k)
                    values.push_back(100.0 * i + 10.0 * j + k + 0.25);
        const NpyArray array = arrayOf(testdata::npy(header("'<f8'", "(2, 3, 2)"), rawBytes(values)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("array.csv"));
        QVERIFY(CsvExport::writeArray(path, array).ok());
        QList<QStringList> records;
        QVERIFY(parseCsv(readFile(path), records));
        QCOMPARE(records.size(), 1 + 12);
        QCOMPARE(records[0], QStringList({ QStringLiteral("axis 0"), QStringLiteral("axis 1"),
                                 QStringLiteral("axis 2"), QStringLiteral("value") }));
        int line = 1;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 2; ++k) {
                    const QStringList &record = records[line++];
                    QCOMPARE(record.size(), 4);
                    QCOMPARE(record[0].toInt(), i);
                    QCOMPARE(record[1].toInt(), j);
                    QCOMPARE(record[2].toInt(), k);
                    QCOMPARE(record[3].toDouble(), 100.0 * i + 10.0 * j + k + 0.25);
                }
    }

    // Structured records: one column per field; text with commas and
    // quotes survives the round trip; masked elements are empty.
    void structuredAndMasked()
    {
        QByteArray data;
        const auto addRecord = [&data](qint32 id, const char *tag) {
            data.append(reinterpret_cast<const char *>(&id), 4);
            QByteArray text(tag);
            text.resize(6, '\0');
            data.append(text);
        };
        addRecord(7, "a,\"b\"");
        addRecord(-1, "plain");
        addRecord(3, "x");
        const NpyArray array = arrayOf(testdata::npy(header("[('id', '<i4'), ('tag', '|S6')]", "(3,)"), data));
        const NpyArray mask = arrayOf(testdata::npy(header("'|b1'", "(3,)"), QByteArray("\0\1\0", 3)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.csv"));
        QVERIFY(CsvExport::writeArray(path, array, &mask).ok());
        QList<QStringList> records;
        QVERIFY(parseCsv(readFile(path), records));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0], QStringList({ QStringLiteral("axis 0"), QStringLiteral("id"), QStringLiteral("tag") }));
        QCOMPARE(records[1], QStringList({ QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("a,\"b\"") }));
        QCOMPARE(records[2], QStringList({ QStringLiteral("1"), QString(), QString() }));
        QCOMPARE(records[3], QStringList({ QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("x") }));

        const ArraySlice slice(array.shape(), array.dtype());
        QVERIFY(CsvExport::writeSlice(path, array, slice, &mask).ok());
        records.clear();
        QVERIFY(parseCsv(readFile(path), records));
        QCOMPARE(records[0], QStringList({ QStringLiteral("axis 0"), QStringLiteral("id"), QStringLiteral("tag") }));
        QCOMPARE(records[1], QStringList({ QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("a,\"b\"") }));
        QCOMPARE(records[2], QStringList({ QStringLiteral("1"), QString(), QString() }));
    }

    // numpy_arrays.skops' f64_2d: the exported rows parse back to the
    // oracle's first values.
    void corpusSliceMatchesOracle()
    {
        const json oracle = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/numpy_arrays.json"));
        json entry;
        for (const json &candidate : oracle["arrays"]) {
            if (candidate["path"] == "/content/f64_2d")
                entry = candidate;
        }
        QVERIFY(entry["shape"] == json({ 3, 4 }));
        const auto archive = ZipArchive::openFile(testdata::dataDir() + QStringLiteral("/corpus/numpy_arrays.skops"));
        QVERIFY(archive.ok());
        const ZipMember *member = archive.value()->find(QString::fromStdString(entry["file"].get<std::string>()));
        QVERIFY(member);
        const auto bytes = archive.value()->read(*member);
        QVERIFY(bytes.ok());
        const auto array = NpyArray::fromMember(bytes.value());
        QVERIFY(array.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f64_2d.csv"));
        QVERIFY(CsvExport::writeSlice(path, array.value(), ArraySlice(array->shape(), array->dtype())).ok());
        QList<QStringList> records;
        QVERIFY(parseCsv(readFile(path), records));
        QCOMPARE(records.size(), 4);
        const json &first = entry["first"];
        for (size_t k = 0; k < first.size(); ++k)
            QCOMPARE(records[int(k / 4) + 1][int(k % 4) + 1].toDouble(), first[k].get<double>());
    }

    void zeroDimensional()
    {
        const NpyArray array = arrayOf(testdata::npy(header("'<U3'", "()"), QByteArray("a\0\0\0,\0\0\0b\0\0\0", 12)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scalar.csv"));
        QVERIFY(CsvExport::writeArray(path, array).ok());
        QCOMPARE(readFile(path), QByteArray("value\r\n\"a,b\"\r\n"));
    }

    // A cancelled export leaves an existing file as it was; a failed one
    // says why.
    void cancelAndFailure()
    {
        std::vector<qint64> values(100'000, 5);
        const NpyArray array = arrayOf(testdata::npy(header("'<i8'", "(100000,)"), rawBytes(values)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old contents");
        }
        std::atomic<bool> cancel { false };
        int reports = 0;
        const Status cancelled = CsvExport::writeArray(path, array, nullptr, &cancel,
            [&](qint64 done, qint64 total) {
                QCOMPARE(total, qint64(100'000));
                QVERIFY(done < total);
                ++reports;
                cancel = true;
            });
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(reports, 1);
        QCOMPARE(readFile(path), QByteArray("old contents"));

        const Status failed = CsvExport::writeSlice(dir.filePath(QStringLiteral("missing/dir/x.csv")), array,
            ArraySlice(array.shape(), array.dtype()));
        QCOMPARE(failed.error().code, ErrorCode::WriteFailed);
        QVERIFY(!failed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
