// Every input a fuzz target (fuzz/) or a review found a crash, hang or
// wrong answer with, replayed the way that target reads it. The expected
// outcome of each is in tests/data/regressions/expected.json: the error code
// (or "None"), and for .skops files that open, the node count.
#include "ArraySlice.h"
#include "ArrayStatistics.h"
#include "Audit.h"
#include "ModelExporter.h"
#include "NpyArray.h"
#include "SkopsFile.h"
#include "SparseMatrix.h"
#include "TestData.h"
#include "TreePrinter.h"
#include "TrustProfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {

const char *const kCodeNames[] = {
    "None", "FileNotFound", "FileUnreadable", "NotAZip", "CorruptZip", "UnsupportedZip",
    "UnsafeMemberName", "MemberTooLarge", "ZipBomb", "TooManyMembers", "MissingSchema",
    "SchemaTooLarge", "InvalidJson", "TooDeep", "TooManyNodes", "InvalidSchema", "UnknownLoader",
    "UnsupportedProtocol", "MissingMember", "InvalidNpy", "InvalidNpz", "UnsupportedDtype",
    "Cancelled", "WriteFailed", "InvalidArgument", "TooManyElements"};

QString codeName(ErrorCode code)
{
    const int index = int(code);
    return index >= 0 && index < int(std::size(kCodeNames)) ? QLatin1String(kCodeNames[index])
                                                            : QStringLiteral("code %1").arg(index);
}

QString regressionsDir()
{
    return QDir(testdata::dataDir()).filePath(QStringLiteral("regressions"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// What fuzz_npy does with an accepted array: the ends, a table page, the
// whole-array passes.
void exerciseArray(const NpyArray &array)
{
    const qint64 size = array.size();
    for (qint64 index : {qint64(0), size / 2, size - 1}) {
        array.toText(index);
        array.toDouble(index);
    }
    ArraySlice slice(array.shape(), array.dtype());
    for (qint64 row = 0; row < std::min<qint64>(slice.rowCount(), 4); ++row) {
        for (qint64 column = 0; column < std::min<qint64>(slice.columnCount(), 4); ++column)
            slice.text(array, slice.flatIndex(row, column), slice.fieldOfColumn(column));
    }
    array.oracleSum();
    ArrayStatistics::Source source;
    source.array = &array;
    const Result<ArrayStats> stats = ArrayStatistics::stats(source);
    if (!stats.ok() || stats->finiteCount == 0)
        return;
    // Every finite value lands in a bin or is counted outside.
    const Result<Histogram> histogram = ArrayStatistics::histogram(
        source, ArrayStatistics::histogramLayout(stats->min, stats->max, false, 16));
    QVERIFY(histogram.ok());
    qint64 counted = histogram->outside;
    for (qint64 count : histogram->counts)
        counted += count;
    QCOMPARE(counted, stats->finiteCount);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void replays_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("nodes");
        const json expected = testdata::readJsonFile(
            QDir(regressionsDir()).filePath(QStringLiteral("expected.json")));
        QVERIFY(expected.is_object() && !expected.empty());
        int rows = 0;
        for (const auto &[name, outcome] : expected.items()) {
            QTest::newRow(name.c_str()) << QString::fromStdString(name)
                                        << QString::fromStdString(outcome.at("code").get<std::string>())
                                        << outcome.value("nodes", -1);
            ++rows;
        }
        // Every stored input has an expected outcome, and the reverse.
        int files = 0;
        for (const QString &kind : {QStringLiteral("skops"), QStringLiteral("npy"), QStringLiteral("npz")})
            files += int(QDir(QDir(regressionsDir()).filePath(kind)).entryList(QDir::Files).size());
        QCOMPARE(files, rows);
    }

    void replays()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(int, nodes);
        const QString path = QDir(regressionsDir()).filePath(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString kind = name.section(QLatin1Char('/'), 0, 0);
        if (kind == QLatin1String("npy")) {
            const auto array = NpyArray::fromMember(MemberBytes::fromByteArray(readAll(path)));
            QCOMPARE(codeName(array.ok() ? ErrorCode::None : array.error().code), code);
            if (array.ok())
                exerciseArray(array.value());
            if (QTest::currentTestFailed())
                return;
        } else if (kind == QLatin1String("npz")) {
            const auto matrix = SparseMatrix::fromNpz(MemberBytes::fromByteArray(readAll(path)),
                                                      QStringLiteral("regression.npz"));
            QCOMPARE(codeName(matrix.ok() ? ErrorCode::None : matrix.error().code), code);
            if (matrix.ok())
                matrix.value().oracleSummary();
        } else {
            QCOMPARE(kind, QStringLiteral("skops"));
            const auto file = SkopsFile::open(path);
            QCOMPARE(codeName(file.ok() ? ErrorCode::None : file.error().code), code);
            if (!file.ok())
                return;
            QCOMPARE(int(file.value()->tree().nodeCount()), nodes);
            file.value()->arrayProblems();
            const auto profile = TrustProfile::builtin(QStringLiteral("union"));
            const Audit audit = Audit::run(file.value()->tree(), *profile.value());
            const QString tree = TreePrinter(*file.value(), audit).render(ShowFilter::All);
            QVERIFY(tree.startsWith(QLatin1String("root: ")));
            // The writer round trip of fuzz_roundtrip, for protocol-2 files.
            if (file.value()->protocol() != 2)
                return;
            const QString output = m_dir.filePath(QFileInfo(name).fileName());
            const auto report = ModelExporter::exportFile(*file.value(), output, {});
            if (!report.ok())
                return;
            const auto reopened = SkopsFile::open(output);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
            const Audit after = Audit::run(reopened.value()->tree(), *profile.value());
            QCOMPARE(TreePrinter(*reopened.value(), after).render(ShowFilter::All), tree);
            QCOMPARE(after.untrustedTypes(), audit.untrustedTypes());
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
