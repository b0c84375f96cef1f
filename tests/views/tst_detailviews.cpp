// The detail tabs of the explorer (Parameters, Fitted attributes, Raw,
// File) against the corpus oracles and schema.json read with QuaZip.
#include "AttributeTableModel.h"
#include "AttributesView.h"
#include "FileInfoView.h"
#include "ParameterTableModel.h"
#include "ParametersView.h"
#include "RawJsonView.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace skops;

namespace {

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

nlohmann::json oracleOf(const QString &stem)
{
    return testdata::readJsonFile(
        testdata::dataDir() + QStringLiteral("/corpus/expected/") + stem + QStringLiteral(".json"));
}

NodeId nodeAt(const SkopsFile &file, const QString &pointer)
{
    const JsonDocument::Index state = file.schema().resolve(pointer);
    for (NodeId id = 0; id < file.tree().nodeCount(); ++id) {
        if (file.tree().node(id).state == state)
            return id;
    }
    return kNoNode;
}

int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestDetailViews : public QObject
{
    Q_OBJECT

private slots:
    void parametersViewShowsDefaultsVersionAndHighlights();
    void parametersViewCopiesNamesAndValues();
    void parametersViewCopiesSelectedRowsWithCtrlC();
    void attributesViewShowsTotals();
    void rawViewShowsSchemaFragments();
    void rawViewCutsHugeFragments();
    void rawViewDropsStaleFragments();
    void fileInfoViewShowsSummaryAndHash();
    void fileInfoViewDropsStaleHashes();
};

void TestDetailViews::parametersViewShowsDefaultsVersionAndHighlights()
{
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("decision_tree_iris")));
    QVERIFY(file);
    ParametersView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setEstimator(file, file->tree().root());
    const std::string defaultsVersion = testdata::readJsonFile(
        testdata::dataDir() + QStringLiteral("/corpus/sklearn-defaults.json"))["sklearn_version"]
                                            .get<std::string>();
    QVERIFY(view.headerText().contains(QString::fromStdString(defaultsVersion)));

    // The README's DecisionTreeClassifier(max_depth=4): max_depth is bold, criterion is not.
    QTableView *table = view.table();
    const int maxDepth = rowNamed(*table->model(), QStringLiteral("max_depth"));
    const int criterion = rowNamed(*table->model(), QStringLiteral("criterion"));
    QVERIFY(maxDepth >= 0 && criterion >= 0);
    QStyleOptionViewItem option;
    option.initFrom(table);
    QStyledItemDelegate plain;
    const auto widthWith = [&](QAbstractItemDelegate *delegate, int row) {
        return delegate
            ->sizeHint(option, table->model()->index(row, ParameterTableModel::NameColumn))
            .width();
    };
    QVERIFY(widthWith(table->itemDelegate(), maxDepth) > widthWith(&plain, maxDepth));
    QCOMPARE(widthWith(table->itemDelegate(), criterion), widthWith(&plain, criterion));

    view.clear();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(view.headerText().isEmpty());
}

void TestDetailViews::parametersViewCopiesNamesAndValues()
{
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("pipeline_scaler_svc")));
    QVERIFY(file);
    const NodeId svc = nodeAt(*file, QStringLiteral("/content/content/steps/content/1/content/1"));
    QVERIFY(svc != kNoNode);
    ParametersView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setEstimator(file, svc);
    const int c = rowNamed(*view.table()->model(), QStringLiteral("C"));
    QVERIFY(c >= 0);
    QVERIFY(view.table()->actions().contains(view.copyNameAction()));
    QVERIFY(view.table()->actions().contains(view.copyValueAction()));
    QCOMPARE(view.table()->contextMenuPolicy(), Qt::ActionsContextMenu);

    view.table()->setCurrentIndex(view.table()->model()->index(c, 0));
    QVERIFY(view.copyNameAction()->isEnabled());
    view.copyNameAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("svc__C"));

    const nlohmann::json schema = testdata::schemaOf(file->path());
    const std::string storedC = schema["content"]["content"]["steps"]["content"][1]["content"][1]
                                      ["content"]["content"]["C"]["content"]
                                          .get<std::string>();
    view.copyValueAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(storedC));
}

void TestDetailViews::parametersViewCopiesSelectedRowsWithCtrlC()
{
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("logreg_iris")));
    QVERIFY(file);
    ParametersView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setEstimator(file, file->tree().root());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QApplication::clipboard()->clear();
    view.table()->setFocus();
    view.table()->selectRow(0);
    QTest::keySequence(view.table(), QKeySequence::Copy);
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(ParameterTableModel::ColumnCount));
    // logreg_iris's first stored parameter is penalty='l2', whose default is 'l2'.
    const nlohmann::json schema = testdata::schemaOf(file->path());
    QCOMPARE(cells.first(), QStringLiteral("penalty"));
    QCOMPARE(schema["content"]["content"]["penalty"]["content"].get<std::string>(),
        std::string("\"l2\""));
    QCOMPARE(cells.at(ParameterTableModel::ValueColumn), QStringLiteral("'l2'"));
    QCOMPARE(cells.at(ParameterTableModel::DefaultColumn), QStringLiteral("'l2'"));
}

void TestDetailViews::attributesViewShowsTotals()
{
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("logreg_iris")));
    QVERIFY(file);
    AttributesView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setEstimator(file, file->tree().root());
    const nlohmann::json oracle = oracleOf(QStringLiteral("logreg_iris"));
    qint64 total = 0;
    for (const auto &member : oracle["zip_members"])
        total += member["file_size"].get<qint64>();
    QVERIFY2(view.totalText().contains(QLocale().toString(total)), qPrintable(view.totalText()));
    const int coef = rowNamed(*view.table()->model(), QStringLiteral("coef_"));
    QVERIFY(coef >= 0);
    QCOMPARE(view.table()->model()->index(coef, AttributeTableModel::SizeColumn).data().toString(),
        QLocale().toString(3 * 4 * 8));
    view.clear();
    QVERIFY(view.totalText().isEmpty());
}

void TestDetailViews::rawViewShowsSchemaFragments()
{
    const QString path = corpusPath(QStringLiteral("logreg_iris"));
    const auto file = testdata::openSkops(path);
    QVERIFY(file);
    const QByteArray schema = testdata::zipMember(path, QStringLiteral("schema.json"));
    RawJsonView view;
    QVERIFY(view.isReadOnly());
    QSignalSpy shown(&view, &RawJsonView::fragmentShown);

    // skops writes schema.json with json.dumps(indent=2): the root fragment is the file itself.
    view.showNode(file, file->tree().root());
    QVERIFY(shown.wait());
    QCOMPARE(view.toPlainText(), QString::fromUtf8(schema));
    QVERIFY(!view.isTruncated());

    view.showPath(file, QStringLiteral("/content/content/C"));
    QVERIFY(shown.wait());
    const nlohmann::json whole = nlohmann::json::parse(schema.toStdString());
    QVERIFY(nlohmann::json::parse(view.toPlainText().toStdString())
        == whole["content"]["content"]["C"]);
    QVERIFY(view.toPlainText().contains(QStringLiteral("\n  \"__loader__\": \"JsonNode\"")));

    view.clearFragment();
    QVERIFY(view.toPlainText().isEmpty());
}

void TestDetailViews::rawViewCutsHugeFragments()
{
    const QString path = corpusPath(QStringLiteral("logreg_iris"));
    const auto file = testdata::openSkops(path);
    QVERIFY(file);
    const QByteArray schema = testdata::zipMember(path, QStringLiteral("schema.json"));
    RawJsonView view;
    QCOMPARE(view.maxBytes(), qsizetype(2) << 20);
    view.setMaxBytes(100);
    QSignalSpy shown(&view, &RawJsonView::fragmentShown);
    view.showNode(file, file->tree().root());
    QVERIFY(shown.wait());
    QVERIFY(view.isTruncated());
    const QString text = view.toPlainText();
    QVERIFY(text.startsWith(QString::fromUtf8(schema.left(100))));
    QVERIFY(!text.contains(QString::fromUtf8(schema.mid(100, 40))));
    QVERIFY(text.contains(QLocale().formattedDataSize(schema.size())));
}

void TestDetailViews::rawViewDropsStaleFragments()
{
    const auto big = testdata::openSkops(corpusPath(QStringLiteral("stacking_classifier")));
    const auto small = testdata::openSkops(corpusPath(QStringLiteral("logreg_iris")));
    QVERIFY(big && small);
    RawJsonView view;
    QSignalSpy shown(&view, &RawJsonView::fragmentShown);
    view.showNode(big, big->tree().root());
    view.showPath(small, QStringLiteral("/content/content/C"));
    QVERIFY(shown.wait());
    QTest::qWait(300); // time for the stale fragment to arrive, if it were shown
    QCOMPARE(shown.size(), 1);
    const nlohmann::json whole = testdata::schemaOf(small->path());
    QVERIFY(nlohmann::json::parse(view.toPlainText().toStdString())
        == whole["content"]["content"]["C"]);
}

void TestDetailViews::fileInfoViewShowsSummaryAndHash()
{
    const QString stem = QStringLiteral("pipeline_scaler_svc_deflated");
    const auto file = testdata::openSkops(corpusPath(stem));
    QVERIFY(file);
    const nlohmann::json oracle = oracleOf(stem);
    FileInfoView view;
    QSignalSpy ready(&view, &FileInfoView::sha256Ready);
    view.setFile(file);
    QVERIFY(ready.wait());
    const QString sha = QString::fromStdString(oracle["sha256"].get<std::string>());
    QCOMPARE(view.sha256Text(), sha);
    QCOMPARE(ready.first().at(0).toString(), file->path());
    QCOMPARE(ready.first().at(1).toString(), sha);
    // The hash does not hold the panel at its width: the details stay
    // narrower than its 64 characters.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY2(view.minimumSizeHint().width() < fixed.horizontalAdvance(sha),
             qPrintable(QString::number(view.minimumSizeHint().width())));

    const auto label
        = [&](const char *name) { return view.findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(label("protocol"), QString::number(oracle["protocol"].get<int>()));
    QCOMPARE(
        label("skopsVersion"), QString::fromStdString(oracle["skops_version"].get<std::string>()));
    QVERIFY(label("fileSize").contains(QLocale().toString(oracle["file_size"].get<qint64>())));
    QVERIFY(label("members").startsWith(QLocale().toString(qint64(oracle["zip_members"].size()))));
    QCOMPARE(
        label("compression"), QStringLiteral("deflated (%1)").arg(oracle["zip_members"].size()));
    QCOMPARE(label("sklearnVersions"), QStringLiteral("1.2.1"));
    // Pipeline, StandardScaler and SVC each store their scikit-learn version.
    QCOMPARE(view.estimatorList()->topLevelItemCount(), 3);
    QCOMPARE(view.estimatorList()->topLevelItem(2)->text(0), QStringLiteral("steps[1][1]"));
    QCOMPARE(
        view.estimatorList()->topLevelItem(2)->text(1), QStringLiteral("sklearn.svm._classes.SVC"));
    QCOMPARE(view.estimatorList()->topLevelItem(2)->text(2), QStringLiteral("1.2.1"));

    view.clear();
    QVERIFY(view.sha256Text().isEmpty());
    QCOMPARE(view.estimatorList()->topLevelItemCount(), 0);
}

void TestDetailViews::fileInfoViewDropsStaleHashes()
{
    const auto first = testdata::openSkops(corpusPath(QStringLiteral("stacking_classifier")));
    const auto second = testdata::openSkops(corpusPath(QStringLiteral("logreg_iris")));
    QVERIFY(first && second);
    FileInfoView view;
    QSignalSpy ready(&view, &FileInfoView::sha256Ready);
    view.setFile(first);
    view.setFile(second);
    QVERIFY(ready.wait());
    QTest::qWait(300); // time for the first hash to arrive, if it were reported
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).toString(), second->path());
    QCOMPARE(view.sha256Text(),
        QString::fromStdString(
            oracleOf(QStringLiteral("logreg_iris"))["sha256"].get<std::string>()));
}

QTEST_MAIN(TestDetailViews)
#include "tst_detailviews.moc"
