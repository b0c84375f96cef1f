// The File summary against the oracles (file_size, protocol,
// skops_version, zip_members) and schema.json read with QuaZip and nlohmann.
#include "FileSummary.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>
#include <set>

using namespace skops;
using OrderedJson = nlohmann::ordered_json;

namespace {

struct ExpectedEstimator
{
    QString path;
    QString className;
    QString version;
};

// Object states whose dict holds `_sklearn_version`, in document order, each `__id__` once.
void collectEstimators(const OrderedJson &value, const std::string &pointer,
    std::vector<ExpectedEstimator> &out, std::set<std::string> &ids)
{
    if (value.is_object()) {
        if (value.contains("__loader__") && value.contains("__id__") && value["__id__"] != 0
            && !ids.insert(value["__id__"].dump()).second)
            return;
        if (value.value("__loader__", "") == "ObjectNode" && value.contains("content")
            && value["content"].is_object()
            && value["content"].value("__loader__", "") == "DictNode"
            && value["content"]["content"].contains("_sklearn_version")) {
            const std::string content
                = value["content"]["content"]["_sklearn_version"]["content"].get<std::string>();
            out.push_back({ QString::fromStdString(pointer),
                QString::fromStdString(value["__module__"].get<std::string>() + "."
                    + value["__class__"].get<std::string>()),
                QString::fromStdString(nlohmann::json::parse(content).get<std::string>()) });
        }
        for (auto it = value.begin(); it != value.end(); ++it)
            collectEstimators(it.value(), pointer + "/" + testdata::pointerToken(it.key()), out, ids);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collectEstimators(value[i], pointer + "/" + std::to_string(i), out, ids);
    }
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

} // namespace

class TestFileSummary : public QObject
{
    Q_OBJECT

private slots:
    void matchesOracle();
    void estimatorsAreTheObjectsStoringSklearnVersion();
    void attributePaths_data();
    void attributePaths();
    void compressionText();
};

void TestFileSummary::matchesOracle()
{
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const nlohmann::json oracle = testdata::oracle(corpusFile);
        const FileSummary summary = FileSummary::build(*file);
        const QByteArray where = corpusFile.stem.toUtf8();
        QVERIFY2(summary.protocol == oracle["protocol"].get<int>(), where);
        QVERIFY2(summary.skopsVersion
                == QString::fromStdString(oracle["skops_version"].get<std::string>()),
            where);
        QVERIFY2(summary.fileSize == oracle["file_size"].get<qint64>(), where);
        QVERIFY2(summary.memberCount == int(oracle["zip_members"].size()), where);
        int stored = 0;
        int deflated = 0;
        quint64 uncompressed = 0;
        for (const auto &member : oracle["zip_members"]) {
            stored += member["compress_type"] == "ZIP_STORED";
            deflated += member["compress_type"] == "ZIP_DEFLATED";
            uncompressed += member["file_size"].get<quint64>();
        }
        QVERIFY2(summary.storedCount == stored, where);
        QVERIFY2(summary.deflatedCount == deflated, where);
        QVERIFY2(summary.otherMethodCount == 0, where);
        QVERIFY2(summary.uncompressedBytes == uncompressed, where);
        QCOMPARE(summary.fileName, corpusFile.stem + QStringLiteral(".skops"));
    }
}

void TestFileSummary::estimatorsAreTheObjectsStoringSklearnVersion()
{
    int estimators = 0;
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const OrderedJson schema = testdata::schemaOf(corpusFile.path);
        if (schema.is_discarded())
            continue; // NaN literals outside JsonNode contents: nlohmann cannot read them
        std::vector<ExpectedEstimator> expected;
        std::set<std::string> ids;
        collectEstimators(schema, "", expected, ids);
        const FileSummary summary = FileSummary::build(*file);
        QVERIFY2(summary.estimators.size() == expected.size(), qPrintable(corpusFile.stem));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(summary.estimators[i].path, expected[i].path);
            QCOMPARE(summary.estimators[i].className, expected[i].className);
            QCOMPARE(summary.estimators[i].sklearnVersion, expected[i].version);
            QCOMPARE(file->tree().path(summary.estimators[i].node), expected[i].path);
        }
        estimators += int(expected.size());
    }
    QVERIFY(estimators > 50);
}

void TestFileSummary::attributePaths_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QStringLiteral("logreg_iris") << QString() << QString();
    QTest::newRow("pipeline step") << QStringLiteral("pipeline_scaler_svc")
                                   << QStringLiteral("/content/content/steps/content/1/content/1")
                                   << QStringLiteral("steps[1][1]");
    QTest::newRow("refit pipeline step")
        << QStringLiteral("gridsearch_pipeline_logreg")
        << QStringLiteral(
               "/content/content/best_estimator_/content/content/steps/content/1/content/1")
        << QStringLiteral("best_estimator_.steps[1][1]");
    QTest::newRow("fitted column transformer part")
        << QStringLiteral("column_transformer_onehot_log1p")
        << QStringLiteral("/content/content/steps/content/0/content/1/content/content/"
                          "transformers_/content/0/content/1")
        << QStringLiteral("steps[0][1].transformers_[0][1]");
    QTest::newRow("dict value") << QStringLiteral("gridsearch_pipeline_logreg")
                                << QStringLiteral(
                                       "/content/content/cv_results_/content/mean_fit_time")
                                << QStringLiteral("cv_results_['mean_fit_time']");
    QTest::newRow("attribute array")
        << QStringLiteral("logreg_iris") << QStringLiteral("/content/content/coef_")
        << QStringLiteral("coef_");
}

void TestFileSummary::attributePaths()
{
    QFETCH(QString, stem);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const auto file = testdata::openSkops(
        testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops"));
    QVERIFY(file);
    const NodeId node = nodeAt(*file, pointer);
    QVERIFY(node != kNoNode);
    QCOMPARE(FileSummary::attributePath(file->tree(), node), expected);
}

void TestFileSummary::compressionText()
{
    FileSummary summary;
    summary.storedCount = 1;
    summary.deflatedCount = 4;
    QCOMPARE(summary.compressionText(), QStringLiteral("stored (1), deflated (4)"));
    summary.storedCount = 0;
    QCOMPARE(summary.compressionText(), QStringLiteral("deflated (4)"));
}

QTEST_GUILESS_MAIN(TestFileSummary)
#include "tst_filesummary.moc"

