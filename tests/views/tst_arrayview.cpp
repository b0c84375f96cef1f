// The array view and panel, offscreen: statistics, histogram and heatmap
// arrive from their background jobs and equal values computed here from
// hand-built data or the oracle; Ctrl+C copies the selection as TSV; N-d
// axis choosers drive the slice; cancelled jobs report nothing; the panel
// shows every kind of array node of the corpus.
#include "ArchiveBuilder.h"
#include "ArrayPanel.h"
#include "ArrayStatistics.h"
#include "ArrayTableModel.h"
#include "ArrayView.h"
#include "SkopsFile.h"
#include "SparseMatrixView.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

using namespace skops;
using json = nlohmann::json;

namespace {

constexpr int kTimeout = 30'000; // unoptimised and sanitizer builds are slow

std::shared_ptr<const NpyArray> arrayOf(const QByteArray &npyBytes)
{
    auto array = NpyArray::fromMember(MemberBytes::fromByteArray(npyBytes));
    if (!array)
        qFatal("array did not parse: %s", qPrintable(array.error().message));
    return std::make_shared<const NpyArray>(std::move(array).value());
}

QByteArray header(const char *descr, const QByteArray &shape)
{
    return QByteArray("{'descr': ") + descr + ", 'fortran_order': False, 'shape': " + shape + ", }";
}

template<typename T> QByteArray rawBytes(const std::vector<T> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

// int32 matrix with value 10 r + c.
std::shared_ptr<const NpyArray> smallMatrix(int rows, int columns)
{
    std::vector<qint32> values;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            values.push_back(10 * r + c);
    return arrayOf(testdata::npy(
        header("'<i4'", "(" + QByteArray::number(rows) + ", " + QByteArray::number(columns) + ")"),
        rawBytes(values)));
}

bool closeTo(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

NodeId nodeAtPath(const SkopsFile &file, const QString &pointer)
{
    const NodeTree &tree = file.tree();
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.path(id) == pointer)
            return id;
    }
    return kNoNode;
}

std::shared_ptr<const SkopsFile> openCorpusFile(const QString &stem)
{
    auto file = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops"));
    if (!file)
        qFatal("cannot open %s: %s", qPrintable(stem), qPrintable(file.error().message));
    return file.value();
}

json oracleOf(const QString &stem)
{
    return testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected/") + stem + QStringLiteral(".json"));
}

json oracleArray(const json &oracle, const std::string &path)
{
    for (const json &entry : oracle["arrays"]) {
        if (entry["path"] == path)
            return entry;
    }
    return json();
}

} // namespace

class TestArrayView : public QObject
{
    Q_OBJECT

private slots:
    // NaN and infinities are counted apart; min, max, mean and the
    // population standard deviation cover the finite values.
    void statisticsOfHandBuiltArray()
    {
        const int count = 100'003;
        std::vector<double> values(count);
        for (int i = 0; i < count; ++i)
            values[size_t(i)] = std::sin(double(i)) * 1000.0 + double(i % 7);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        for (int i = 0; i < count; i += 1000)
            values[size_t(i)] = nan;
        values[5] = inf;
        values[6] = -inf;
        values[7] = inf;
        long double sum = 0;
        qint64 finite = 0;
        double min = inf;
        double max = -inf;
        for (double value : values) {
            if (!std::isfinite(value))
                continue;
            sum += value;
            ++finite;
            min = std::min(min, value);
            max = std::max(max, value);
        }
        const long double mean = sum / finite;
        long double squares = 0;
        for (double value : values) {
            if (std::isfinite(value))
                squares += (value - mean) * (value - mean);
        }

        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&view, &ArrayView::statisticsFinished);
        view.setArray(arrayOf(testdata::npy(header("'<f8'", "(100003,)"), rawBytes(values))));
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(view.statistics().has_value());
        const ArrayStats &stats = *view.statistics();
        QCOMPARE(stats.count, qint64(count));
        QCOMPARE(stats.nanCount, qint64(101));
        QCOMPARE(stats.positiveInfinityCount, qint64(2));
        QCOMPARE(stats.negativeInfinityCount, qint64(1));
        QCOMPARE(stats.finiteCount, finite);
        QCOMPARE(stats.min, min);
        QCOMPARE(stats.max, max);
        QVERIFY2(closeTo(stats.mean, double(mean)), qPrintable(QString::number(stats.mean, 'g', 17)));
        QVERIFY(closeTo(stats.standardDeviation, double(std::sqrt(squares / finite))));
        QVERIFY(view.statisticsText().contains(QString::number(min, 'g', QLocale::FloatingPointShortest)));
        QVERIFY(!view.isBusy());
        QVERIFY(view.infoText().contains(QStringLiteral("float64")));
        QVERIFY(view.infoText().contains(QStringLiteral("(100003,)")));
    }

    // Corpus arrays: the mean equals the oracle's exact sum over the count.
    void statisticsOfCorpusArrays_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("path");
        QTest::newRow("f64_2d") << QStringLiteral("numpy_arrays") << QStringLiteral("/content/f64_2d");
        QTest::newRow("three_d") << QStringLiteral("numpy_arrays") << QStringLiteral("/content/three_d");
        QTest::newRow("f32_fortran") << QStringLiteral("numpy_arrays") << QStringLiteral("/content/f32_fortran");
        QTest::newRow("logreg coef_ (deflated)") << QStringLiteral("logreg_iris_deflated") << QStringLiteral("/content/content/coef_");
    }

    void statisticsOfCorpusArrays()
    {
        QFETCH(QString, stem);
        QFETCH(QString, path);
        const auto file = openCorpusFile(stem);
        const json entry = oracleArray(oracleOf(stem), path.toStdString());
        QVERIFY(!entry.is_null());
        ArrayPanel panel;
        QAbstractItemModelTester tester(panel.arrayView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.setFile(file);
        QSignalSpy finished(panel.arrayView(), &ArrayView::statisticsFinished);
        const NodeId node = nodeAtPath(*file, path);
        QVERIFY(node != kNoNode);
        panel.showNode(node);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(panel.content(), ArrayPanel::Content::Array);
        QVERIFY(panel.arrayView()->statistics().has_value());
        qint64 count = 1;
        for (const json &extent : entry["shape"])
            count *= extent.get<qint64>();
        QCOMPARE(panel.arrayView()->statistics()->count, count);
        QVERIFY(closeTo(panel.arrayView()->statistics()->mean, entry["sum"].get<double>() / double(count)));
    }

    // three_d holds each of 0 … 23 once (its sum is 276): an integer
    // histogram has one bin per value, each counting 1.
    void histogramOneBinPerInteger()
    {
        const auto file = openCorpusFile(QStringLiteral("numpy_arrays"));
        const json entry = oracleArray(oracleOf(QStringLiteral("numpy_arrays")), "/content/three_d");
        QCOMPARE(entry["sum"].get<double>(), 276.0);
        ArrayPanel panel;
        QAbstractItemModelTester tester(panel.arrayView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.setFile(file);
        ArrayView *view = panel.arrayView();
        QSignalSpy histogramDone(view, &ArrayView::histogramFinished);
        view->tabs()->setCurrentIndex(ArrayView::HistogramTab);
        panel.showNode(nodeAtPath(*file, QStringLiteral("/content/three_d")));
        QVERIFY(histogramDone.wait(kTimeout));
        QVERIFY(view->histogram().has_value());
        const Histogram &histogram = *view->histogram();
        QCOMPARE(int(histogram.counts.size()), 24);
        QCOMPARE(histogram.min, -0.5);
        QCOMPARE(histogram.max, 23.5);
        for (qint64 count : histogram.counts)
            QCOMPARE(count, qint64(1));
    }

    // Equal-width bins over float values: every finite value is counted
    // once, in the bin its value falls in.
    void histogramOfFloats()
    {
        std::vector<double> values;
        for (int i = 0; i < 1000; ++i)
            values.push_back(i / 10.0); // 0.0 … 99.9
        values.push_back(std::numeric_limits<double>::quiet_NaN());
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy histogramDone(&view, &ArrayView::histogramFinished);
        view.tabs()->setCurrentIndex(ArrayView::HistogramTab);
        view.setArray(arrayOf(testdata::npy(header("'<f8'", "(1001,)"), rawBytes(values))));
        QVERIFY(histogramDone.wait(kTimeout));
        const Histogram &histogram = *view.histogram();
        QCOMPARE(int(histogram.counts.size()), ArrayView::kHistogramBins);
        QCOMPARE(histogram.min, 0.0);
        QCOMPARE(histogram.max, 99.9);
        qint64 total = 0;
        for (qint64 count : histogram.counts)
            total += count;
        QCOMPARE(total, qint64(1000));
        std::vector<qint64> expected(size_t(ArrayView::kHistogramBins), 0);
        for (int i = 0; i < 1000; ++i) {
            const double value = i / 10.0;
            const int bin = std::min(ArrayView::kHistogramBins - 1, int(value / (99.9 / ArrayView::kHistogramBins)));
            ++expected[size_t(bin)];
        }
        // Values on a bin edge may land on either side by rounding.
        qint64 moved = 0;
        for (size_t bin = 0; bin < expected.size(); ++bin)
            moved += std::abs(expected[bin] - histogram.counts[bin]);
        QVERIFY2(moved <= 4, qPrintable(QString::number(moved)));
    }

    // A 3 × 4 matrix: one pixel per element, the smallest value at the
    // start of the colour map and the largest at its end.
    void heatmapOfMatrix()
    {
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy heatmapDone(&view, &ArrayView::heatmapFinished);
        view.setArray(smallMatrix(3, 4));
        view.tabs()->setCurrentIndex(ArrayView::HeatmapTab);
        QVERIFY(heatmapDone.wait(kTimeout));
        QVERIFY(view.heatmapGrid().has_value());
        const HeatmapGrid &grid = *view.heatmapGrid();
        QCOMPARE(grid.rows, 3);
        QCOMPARE(grid.columns, 4);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c)
                QCOMPARE(grid.at(r, c), double(10 * r + c));
        QCOMPARE(grid.min, 0.0);
        QCOMPARE(grid.max, 23.0);
        const QImage image = view.heatmapImage();
        QCOMPARE(image.size(), QSize(4, 3));
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(0x44, 0x01, 0x54)); // viridis' first colour
        QCOMPARE(QColor(image.pixel(3, 2)), QColor(0xfd, 0xe7, 0x25)); // and its last
    }

    void copySelectionAsTsv()
    {
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setArray(smallMatrix(3, 4));
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTableView *table = view.table();
        QItemSelectionModel *selection = table->selectionModel();
        selection->select(QItemSelection(view.model()->index(1, 1), view.model()->index(2, 3)),
            QItemSelectionModel::ClearAndSelect);
        const QString expected = QStringLiteral("11\t12\t13\n21\t22\t23\n");
        QCOMPARE(view.selectionAsTsv(), expected);
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), expected);

        // Two separate cells: their rows and columns, the rest left empty.
        selection->select(view.model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        selection->select(view.model()->index(2, 2), QItemSelectionModel::Select);
        QCOMPARE(view.selectionAsTsv(), QStringLiteral("0\t\n\t22\n"));

        selection->clearSelection();
        QCOMPARE(view.selectionAsTsv(), QString());
        QVERIFY(!view.copySelection());
    }

    // Axis choosers and index spin boxes drive the slice of a 3-d array.
    void nDimensionalControls()
    {
        std::vector<qint16> values(24);
        for (int i = 0; i < 24; ++i)
            values[size_t(i)] = qint16(100 * (i / 12) + 10 * (i / 4 % 3) + i % 4);
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setArray(arrayOf(testdata::npy(header("'<i2'", "(2, 3, 4)"), rawBytes(values))));
        QVERIFY(view.rowAxisChooser()->isVisibleTo(&view));
        QCOMPARE(view.rowAxisChooser()->count(), 3);
        QCOMPARE(view.rowAxisChooser()->currentIndex(), 1);
        QCOMPARE(view.columnAxisChooser()->currentIndex(), 2);
        QVERIFY(view.indexChooser(0));
        QVERIFY(!view.indexChooser(1));

        // Columns along axis 0: axis 2 becomes the fixed one.
        view.columnAxisChooser()->setCurrentIndex(0);
        emit view.columnAxisChooser()->activated(0);
        QCOMPARE(view.model()->slice().rowAxis(), 1);
        QCOMPARE(view.model()->slice().columnAxis(), 0);
        QSpinBox *index = view.indexChooser(2);
        QVERIFY(index);
        QCOMPARE(index->maximum(), 3);
        index->setValue(3);
        QCOMPARE(view.model()->slice().fixedIndex(2), qint64(3));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->columnCount(), 2);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 2; ++c)
                QCOMPARE(view.model()->index(r, c).data().toInt(), 100 * c + 10 * r + 3);

        // Picking the column axis for the rows swaps the two.
        view.rowAxisChooser()->setCurrentIndex(0);
        emit view.rowAxisChooser()->activated(0);
        QCOMPARE(view.model()->slice().rowAxis(), 0);
        QCOMPARE(view.model()->slice().columnAxis(), 1);
        QCOMPARE(view.columnAxisChooser()->currentIndex(), 1);
    }

    // Go to: a row of a long array switches to its page and selects it; a
    // row and column of a matrix; numpy's negative indexes; a problem is
    // named and changes nothing.
    void goToShowsTheCell()
    {
        const qint64 count = 3 * ArrayTableModel::kPageRows + 10;
        std::vector<qint32> values(static_cast<size_t>(count));
        for (qint64 i = 0; i < count; ++i)
            values[size_t(i)] = qint32(7 * i);
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.show();
        view.setArray(arrayOf(testdata::npy(header("'<i4'", "(" + QByteArray::number(count) + ",)"), rawBytes(values))));
        QVERIFY(view.goToField()->isVisibleTo(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();

        const qint64 row = 2 * ArrayTableModel::kPageRows + 77;
        QTest::keyClick(view.table(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(view.goToField()->hasFocus());
        QTest::keyClicks(view.goToField(), QString::number(row));
        QTest::keyClick(view.goToField(), Qt::Key_Return);
        QCOMPARE(view.goToProblem(), QString());
        QCOMPARE(view.rowPageChooser()->value(), 3);
        QModelIndex current = view.table()->currentIndex();
        QCOMPARE(current.data(ArrayTableModel::FlatIndexRole).toLongLong(), row);
        QCOMPARE(current.data().toString(), QString::number(7 * row));
        QCOMPARE(view.model()->headerData(current.row(), Qt::Vertical).toString(), QString::number(row));

        QVERIFY(view.goTo(QStringLiteral("-1")));
        QCOMPARE(view.table()->currentIndex().data(ArrayTableModel::FlatIndexRole).toLongLong(), count - 1);
        QCOMPARE(view.rowPageChooser()->value(), 4);

        for (const QString &bad : { QStringLiteral("x"), QStringLiteral("1 2 3"), QString::number(count),
                                    QStringLiteral("5, 1"), QString::number(-count - 1) }) {
            QVERIFY2(!view.goTo(bad), qPrintable(bad));
            QVERIFY2(!view.goToProblem().isEmpty(), qPrintable(bad));
            QCOMPARE(view.rowPageChooser()->value(), 4);
        }
        QVERIFY(view.goToProblem().contains(QStringLiteral("1")));

        // A matrix: row and column; brackets as numpy prints an index.
        view.setArray(smallMatrix(5, 8));
        QVERIFY(view.goTo(QStringLiteral("[3, -2]")));
        current = view.table()->currentIndex();
        QCOMPARE(current.row(), 3);
        QCOMPARE(current.column(), 6);
        QCOMPARE(current.data().toInt(), 36);
        QVERIFY(!view.goTo(QStringLiteral("5, 0")));
        QVERIFY(view.goToProblem().contains(QStringLiteral("5")));
        QCOMPARE(view.table()->currentIndex(), current);
    }

    // Cancel stops the jobs at once; their results are dropped when the
    // workers come back.
    void cancelDropsResults()
    {
        std::vector<double> values(4'000'000, 1.5);
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&view, &ArrayView::statisticsFinished);
        view.setArray(arrayOf(testdata::npy(header("'<f8'", "(4000000,)"), rawBytes(values))));
        QVERIFY(view.isBusy());
        view.cancelJobs();
        QVERIFY(!view.isBusy());
        QVERIFY(view.statisticsText().contains(QStringLiteral("Cancelled")));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!view.statistics().has_value());
    }

    // numpy.ma semantics: masked values do not count.
    void maskedStatistics()
    {
        const auto data = arrayOf(testdata::npy(header("'<f8'", "(4,)"), rawBytes(std::vector<double> { 1, 100, 3, -50 })));
        const auto mask = arrayOf(testdata::npy(header("'|b1'", "(4,)"), QByteArray("\0\1\0\1", 4)));
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&view, &ArrayView::statisticsFinished);
        view.setArray(data, mask, QStringLiteral("masked"));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(view.statistics()->count, qint64(2));
        QCOMPARE(view.statistics()->min, 1.0);
        QCOMPARE(view.statistics()->max, 3.0);
        QCOMPARE(view.statistics()->mean, 2.0);
        QVERIFY(view.showMaskedToggle()->isVisibleTo(&view));
        QCOMPARE(view.model()->index(1, 0).data().toString(), QStringLiteral("--"));
        view.showMaskedToggle()->setChecked(true);
        QCOMPARE(view.model()->index(1, 0).data().toString(), QStringLiteral("100.0"));
    }

    // Structured arrays: statistics of the numeric field chosen.
    void structuredFieldStatistics()
    {
        QByteArray data;
        for (int i = 0; i < 4; ++i) {
            const qint32 id = i;
            const double value = 0.5 * i;
            data.append(reinterpret_cast<const char *>(&id), 4);
            data.append(reinterpret_cast<const char *>(&value), 8);
            data.append("tag", 3);
        }
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&view, &ArrayView::statisticsFinished);
        view.setArray(arrayOf(testdata::npy(header("[('id', '<i4'), ('val', '<f8'), ('tag', '|S3')]", "(4,)"), data)));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(view.fieldChooser()->count(), 2); // the text field is not offered
        QCOMPARE(view.statistics()->max, 3.0); // id
        view.fieldChooser()->setCurrentIndex(1);
        emit view.fieldChooser()->activated(1);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(view.statistics()->max, 1.5); // val
        QCOMPARE(view.statistics()->mean, 0.75);
    }

    void exportFromView()
    {
        ArrayView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setArray(smallMatrix(2, 3));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slice.csv"));
        QSignalSpy exported(&view, &ArrayView::exportFinished);
        view.exportSlice(path);
        QVERIFY(exported.wait(kTimeout));
        QCOMPARE(exported.first().at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("axis 0,0,1,2\r\n0,0,1,2\r\n1,10,11,12\r\n"));
    }

    // Every kind of node the panel knows, from the corpus.
    void panelShowsEachKind()
    {
        ArrayPanel panel;
        QAbstractItemModelTester tester(panel.arrayView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester sparseTester(
            panel.sparseView()->arrayView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy ready(&panel, &ArrayPanel::contentReady);
        const auto waitForContent = [&](const std::shared_ptr<const SkopsFile> &file, const QString &path) {
            const NodeId node = nodeAtPath(*file, path);
            if (node == kNoNode)
                return false;
            ready.clear();
            panel.showNode(node);
            return !ready.isEmpty() || ready.wait(kTimeout);
        };

        // An array and a numpy scalar.
        const auto arrays = openCorpusFile(QStringLiteral("numpy_arrays"));
        panel.setFile(arrays);
        QCOMPARE(panel.content(), ArrayPanel::Content::Message);
        QVERIFY(waitForContent(arrays, QStringLiteral("/content/f64_2d")));
        QCOMPARE(panel.content(), ArrayPanel::Content::Array);
        QCOMPARE(panel.arrayView()->model()->rowCount(), 3);
        QCOMPARE(panel.arrayView()->model()->columnCount(), 4);
        QVERIFY(waitForContent(arrays, QStringLiteral("/content/scalar_f32")));
        QCOMPARE(panel.content(), ArrayPanel::Content::Array);
        QCOMPARE(panel.arrayView()->model()->index(0, 0).data().toDouble(), 1.5);
        QVERIFY(panel.arrayView()->infoText().contains(QStringLiteral("numpy.float32")));

        // An object array: shape and item count from the oracle.
        const json arraysOracle = oracleOf(QStringLiteral("numpy_arrays"));
        const json &objectArray = arraysOracle["object_arrays"][1];
        QVERIFY(waitForContent(arrays, QString::fromStdString(objectArray["path"].get<std::string>())));
        QCOMPARE(panel.content(), ArrayPanel::Content::ObjectArray);
        QVERIFY(panel.messageText().contains(QStringLiteral("(2, 2)")));
        QCOMPARE(objectArray["n_top_level_items"].get<int>(), 2);
        QVERIFY(panel.messageText().contains(QStringLiteral("top-level items: 2")));

        // Not an array.
        QVERIFY(waitForContent(arrays, QString()));
        QCOMPARE(panel.content(), ArrayPanel::Content::Message);
        QVERIFY(panel.messageText().contains(QStringLiteral("builtins.dict")));

        // A dtype: its name as the oracle gives it for the empty array.
        const auto dtypes = openCorpusFile(QStringLiteral("numpy_dtypes"));
        panel.setFile(dtypes);
        const json dtypeArray = oracleArray(oracleOf(QStringLiteral("numpy_dtypes")), "/content/be_i2/content");
        QVERIFY(waitForContent(dtypes, QStringLiteral("/content/be_i2")));
        QCOMPARE(panel.content(), ArrayPanel::Content::Dtype);
        QVERIFY(panel.messageText().contains(QString::fromStdString(dtypeArray["dtype_name"].get<std::string>()).toHtmlEscaped()));

        // A masked array: masked cells read "--" where the oracle's mask is set.
        const auto masked = openCorpusFile(QStringLiteral("numpy_masked_arrays"));
        panel.setFile(masked);
        const json maskedOracle = oracleOf(QStringLiteral("numpy_masked_arrays"));
        const json data = oracleArray(maskedOracle, "/content/int_2d/content/data");
        const json mask = oracleArray(maskedOracle, "/content/int_2d/content/mask");
        QVERIFY(waitForContent(masked, QStringLiteral("/content/int_2d")));
        QCOMPARE(panel.content(), ArrayPanel::Content::Array);
        const qint64 columns = data["shape"][1].get<qint64>();
        for (size_t k = 0; k < data["first"].size(); ++k) {
            const QString cell = panel.arrayView()->model()->index(int(k / columns), int(k % columns)).data().toString();
            QCOMPARE(cell, mask["first"][k].get<bool>() ? QStringLiteral("--") : QString::number(data["first"][k].get<qint64>()));
        }
        // The masked array of objects: its data is described, not loaded.
        QVERIFY(waitForContent(masked, QStringLiteral("/content/object")));
        QCOMPARE(panel.content(), ArrayPanel::Content::ObjectArray);

        // A sparse matrix: format, nnz and components from the oracle.
        const auto sparse = openCorpusFile(QStringLiteral("sparse_matrices"));
        panel.setFile(sparse);
        const json matrix = oracleOf(QStringLiteral("sparse_matrices"))["sparse_matrices"][0];
        QVERIFY(waitForContent(sparse, QString::fromStdString(matrix["path"].get<std::string>())));
        QCOMPARE(panel.content(), ArrayPanel::Content::SparseMatrix);
        SparseMatrixView *sparseView = panel.sparseView();
        QVERIFY(sparseView->summaryText().contains(QString::fromStdString(matrix["format"].get<std::string>())));
        QVERIFY(sparseView->summaryText().contains(QStringLiteral("%1 stored values").arg(matrix["nnz"].get<qint64>())));
        QCOMPARE(sparseView->componentChooser()->count(), int(matrix["npz_members"].size()));
        QCOMPARE(sparseView->componentChooser()->currentText(), QStringLiteral("data"));
        for (const json &member : matrix["npz_members"]) {
            QString key = QString::fromStdString(member["name"].get<std::string>());
            key.chop(4);
            QVERIFY(sparseView->showComponent(key));
            const auto shown = sparseView->arrayView()->array();
            QVERIFY(shown);
            QVERIFY(json(shown->shape()) == member["shape"]);
            QCOMPARE(shown->dtype().str(), QString::fromStdString(member["dtype"].get<std::string>()));
        }
        const double expectedDensity = matrix["nnz"].get<double>()
            / (matrix["shape"][0].get<double>() * matrix["shape"][1].get<double>());
        QCOMPARE(SparseMatrixView::density(*sparseView->matrix()), expectedDensity);
    }
};

QTEST_MAIN(TestArrayView)
#include "tst_arrayview.moc"
