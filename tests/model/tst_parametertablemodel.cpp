// The Parameters table against independent truths: schema.json read with
// QuaZip and nlohmann, the defaults tables in tests/data, the corpus
// README's descriptions of how each model was built, and scikit-learn's
// set_params naming rules.
#include "ArchiveBuilder.h"
#include "ParameterTableModel.h"
#include "SklearnDefaults.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QVersionNumber>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>
#include <set>

using namespace skops;
using Comparison = SklearnDefaults::Comparison;
// schema.json in document order, as the tables list rows.
using OrderedJson = nlohmann::ordered_json;

namespace {

QString corpusPath(const QString &corpus, const QString &stem)
{
    return testdata::dataDir() + QLatin1Char('/') + corpus + QLatin1Char('/') + stem
        + QStringLiteral(".skops");
}

nlohmann::json defaultsTable(const QString &corpus)
{
    return testdata::readJsonFile(
        testdata::dataDir() + QLatin1Char('/') + corpus + QStringLiteral("/sklearn-defaults.json"));
}

// The node whose (first) state is at `pointer`.
NodeId nodeAt(const SkopsFile &file, const QString &pointer)
{
    const JsonDocument::Index state = file.schema().resolve(pointer);
    for (NodeId id = 0; id < file.tree().nodeCount(); ++id) {
        if (file.tree().node(id).state == state)
            return id;
    }
    return kNoNode;
}

int rowNamed(const ParameterTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ParameterTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

bool isParam(const std::string &key)
{
    return !key.empty() && key.front() != '_' && key.back() != '_';
}

// Every ObjectNode state with a dict state holding `_sklearn_version`, with
// its JSON pointer; repeats of an `__id__` are skipped.
void collectEstimators(const OrderedJson &value, const std::string &pointer,
    std::vector<std::pair<std::string, const OrderedJson *>> &out, std::set<std::string> &ids)
{
    if (value.is_object()) {
        if (value.contains("__loader__") && value.contains("__id__") && value["__id__"] != 0) {
            if (!ids.insert(value["__id__"].dump()).second)
                return;
        }
        if (value.value("__loader__", "") == "ObjectNode" && value.contains("content")
            && value["content"].is_object()
            && value["content"].value("__loader__", "") == "DictNode"
            && value["content"]["content"].contains("_sklearn_version"))
            out.emplace_back(pointer, &value);
        for (auto it = value.begin(); it != value.end(); ++it)
            collectEstimators(it.value(), pointer + "/" + testdata::pointerToken(it.key()), out, ids);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collectEstimators(value[i], pointer + "/" + std::to_string(i), out, ids);
    }
}

} // namespace

class TestParameterTableModel : public QObject
{
    Q_OBJECT

private slots:
    void logregIris_data();
    void logregIris();
    void jsonParametersAgreeWithIndependentComparison();
    void readmeDescriptionsMarkChangedParameters_data();
    void readmeDescriptionsMarkChangedParameters();
    void setParamsNames_data();
    void setParamsNames();
    void fittedCopiesAreNamedForTheirOwnSetParams();
    void closestTablePrefersSameMinorVersion();
    void modelVersionMismatchIsReported();
    void jsonEqualityTreatsIntAndFloatAlike();
    void nonJsonValuesAgainstDefaults();
    void functionsCompareByName_data();
    void functionsCompareByName();
    void clearEmptiesTheTable();
};

void TestParameterTableModel::logregIris_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::newRow("numpy1") << QStringLiteral("corpus");
    QTest::newRow("numpy2") << QStringLiteral("corpus-np2");
}

void TestParameterTableModel::logregIris()
{
    QFETCH(QString, corpus);
    const QString path = corpusPath(corpus, QStringLiteral("logreg_iris"));
    const auto file = testdata::openSkops(path);
    QVERIFY(file);
    const OrderedJson schema = testdata::schemaOf(path);
    QVERIFY(!schema.is_discarded());
    const nlohmann::json defaults = defaultsTable(corpus);
    const nlohmann::json &logregDefaults
        = defaults["estimators"]["sklearn.linear_model._logistic.LogisticRegression"];

    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, file->tree().root());

    QStringList expectedNames;
    const OrderedJson &state = schema["content"]["content"];
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (isParam(it.key()))
            expectedNames << QString::fromStdString(it.key());
    }
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ParameterTableModel::NameColumn).data().toString();
    QCOMPARE(names, expectedNames);

    const int c = rowNamed(model, QStringLiteral("C"));
    QVERIFY(c >= 0);
    QCOMPARE(
        model.index(c, ParameterTableModel::ValueColumn).data().toString(), QStringLiteral("1.0"));
    QCOMPARE(
        model.index(c, ParameterTableModel::TypeColumn).data().toString(), QStringLiteral("float"));
    QCOMPARE(model.index(c, ParameterTableModel::DefaultColumn).data().toString(),
        QStringLiteral("1.0"));
    QCOMPARE(model.index(c, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool(), false);
    QCOMPARE(model.comparison(c), Comparison::Equal);
    QCOMPARE(model.index(c, 0).data(PathRole).toString(), QStringLiteral("/content/content/C"));
    const NodeId cNode = NodeId(model.index(c, 0).data(NodeIdRole).toUInt());
    QCOMPARE(file->tree().path(cNode), QStringLiteral("/content/content/C"));
    QCOMPARE(model.setParamsName(c), QStringLiteral("C"));

    const int maxIter = rowNamed(model, QStringLiteral("max_iter"));
    QVERIFY(maxIter >= 0);
    const nlohmann::json storedMaxIter
        = nlohmann::json::parse(state["max_iter"]["content"].get<std::string>());
    QVERIFY(logregDefaults["max_iter"] == nlohmann::json(100));
    QCOMPARE(model.index(maxIter, ParameterTableModel::ValueColumn).data().toString(),
        QString::fromStdString(storedMaxIter.dump()));
    QCOMPARE(model.index(maxIter, ParameterTableModel::DefaultColumn).data().toString(),
        QStringLiteral("100"));
    QCOMPARE(model.index(maxIter, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool(),
        storedMaxIter != nlohmann::json(100));

    const QString tableVersion
        = QString::fromStdString(defaults["sklearn_version"].get<std::string>());
    const QString storedVersion = QString::fromStdString(
        nlohmann::json::parse(state["_sklearn_version"]["content"].get<std::string>())
            .get<std::string>());
    QCOMPARE(model.defaultsVersion(), tableVersion);
    QCOMPARE(model.modelVersion(), storedVersion);
    QCOMPARE(model.versionDiffers(), false);
    QVERIFY(model.statusText().contains(tableVersion));
    QCOMPARE(model.setParamsOwner(), file->tree().root());
}

void TestParameterTableModel::jsonParametersAgreeWithIndependentComparison()
{
    int compared = 0;
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto file = testdata::openSkops(corpusFile.path);
        QVERIFY2(file, qPrintable(corpusFile.path));
        const OrderedJson schema = testdata::schemaOf(corpusFile.path);
        if (schema.is_discarded())
            continue; // NaN literals outside JsonNode contents: nlohmann cannot read them
        const nlohmann::json defaults = defaultsTable(corpusFile.corpus)["estimators"];
        std::vector<std::pair<std::string, const OrderedJson *>> estimators;
        std::set<std::string> ids;
        collectEstimators(schema, "", estimators, ids);
        for (const auto &[pointer, state] : estimators) {
            const std::string className = (*state)["__module__"].get<std::string>() + "."
                + (*state)["__class__"].get<std::string>();
            if (!defaults.contains(className))
                continue;
            const NodeId id = nodeAt(*file, QString::fromStdString(pointer));
            QVERIFY(id != kNoNode);
            ParameterTableModel model;
            QAbstractItemModelTester tester(
                &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setEstimator(file, id);
            const OrderedJson &entries = (*state)["content"]["content"];
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (!isParam(it.key()) || it.value().value("__loader__", "") != "JsonNode")
                    continue;
                const nlohmann::json &fallback
                    = defaults[className].value(it.key(), nlohmann::json::object());
                if (fallback.is_object())
                    continue; // unknown, required, or given as a repr
                const std::string content = it.value()["content"].get<std::string>();
                const nlohmann::json stored = nlohmann::json::parse(content, nullptr, false);
                if (stored.is_discarded())
                    continue;
                const int row = rowNamed(model, QString::fromStdString(it.key()));
                QVERIFY(row >= 0);
                const bool changed = stored != fallback;
                QVERIFY2(
                    model.index(row, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool()
                        == changed,
                    qPrintable(QStringLiteral("%1 %2 %3")
                                   .arg(corpusFile.stem, QString::fromStdString(pointer),
                                       QString::fromStdString(it.key()))));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 500);
}

void TestParameterTableModel::readmeDescriptionsMarkChangedParameters_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("unchanged");
    // From the corpus README: "DecisionTreeClassifier(max_depth=4)",
    // "KNeighborsClassifier(3, algorithm='kd_tree')", "PCA(n_components=2)",
    // "TfidfVectorizer(max_df=0.6, ngram_range=(1,2))", "MLPClassifier(hidden_layer_sizes=(8,)
    // ...)".
    QTest::newRow("tree") << QStringLiteral("decision_tree_iris") << QString()
                          << QStringList { QStringLiteral("max_depth") }
                          << QStringList { QStringLiteral("criterion"),
                                 QStringLiteral("splitter") };
    QTest::newRow("knn") << QStringLiteral("knn_kdtree_iris") << QString()
                         << QStringList { QStringLiteral("n_neighbors"),
                                QStringLiteral("algorithm") }
                         << QStringList { QStringLiteral("weights"), QStringLiteral("leaf_size") };
    QTest::newRow("pca") << QStringLiteral("pca_iris") << QString()
                         << QStringList { QStringLiteral("n_components") }
                         << QStringList { QStringLiteral("whiten"), QStringLiteral("svd_solver") };
    // A tuple compared through its repr; numpy.float64 (a class) is TfidfVectorizer's default
    // dtype.
    QTest::newRow("tfidf") << QStringLiteral("tfidf_multinomialnb")
                           << QStringLiteral("/content/content/steps/content/0/content/1")
                           << QStringList { QStringLiteral("max_df"),
                                  QStringLiteral("ngram_range") }
                           << QStringList { QStringLiteral("dtype"), QStringLiteral("lowercase") };
    QTest::newRow("mlp") << QStringLiteral("mlp_classifier") << QString()
                         << QStringList { QStringLiteral("hidden_layer_sizes") }
                         << QStringList { QStringLiteral("activation"), QStringLiteral("solver") };
}

void TestParameterTableModel::readmeDescriptionsMarkChangedParameters()
{
    QFETCH(QString, stem);
    QFETCH(QString, pointer);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, unchanged);
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("corpus"), stem));
    QVERIFY(file);
    const NodeId estimator = nodeAt(*file, pointer);
    QVERIFY(estimator != kNoNode);
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, estimator);
    for (const QString &name : changed) {
        const int row = rowNamed(model, name);
        QVERIFY2(row >= 0, qPrintable(name));
        QVERIFY2(model.index(row, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool(),
            qPrintable(name));
        QCOMPARE(model.comparison(row), Comparison::Different);
    }
    for (const QString &name : unchanged) {
        const int row = rowNamed(model, name);
        QVERIFY2(row >= 0, qPrintable(name));
        QVERIFY2(!model.index(row, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool(),
            qPrintable(name));
        QCOMPARE(model.comparison(row), Comparison::Equal);
    }
}

void TestParameterTableModel::setParamsNames_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("expected");
    const QString svc = QStringLiteral("/content/content/steps/content/1/content/1");
    const QString scaler = QStringLiteral("/content/content/steps/content/0/content/1");
    QTest::newRow("pipeline svc") << QStringLiteral("pipeline_scaler_svc") << svc
                                  << QStringLiteral("C") << QStringLiteral("svc__C");
    QTest::newRow("pipeline scaler")
        << QStringLiteral("pipeline_scaler_svc") << scaler << QStringLiteral("with_mean")
        << QStringLiteral("scaler__with_mean");
    QTest::newRow("pipeline itself") << QStringLiteral("pipeline_scaler_svc") << QString()
                                     << QStringLiteral("memory") << QStringLiteral("memory");
    // The file's param_grid uses "clf__C" relative to the search's estimator.
    QTest::newRow("search estimator")
        << QStringLiteral("gridsearch_pipeline_logreg")
        << QStringLiteral("/content/content/estimator") << QStringLiteral("memory")
        << QStringLiteral("estimator__memory");
    QTest::newRow("search logreg")
        << QStringLiteral("gridsearch_pipeline_logreg")
        << QStringLiteral("/content/content/estimator/content/content/steps/content/1/content/1")
        << QStringLiteral("C") << QStringLiteral("estimator__clf__C");
    QTest::newRow("column transformer onehot")
        << QStringLiteral("column_transformer_onehot_log1p")
        << QStringLiteral("/content/content/steps/content/0/content/1/content/content/transformers/"
                          "content/0/content/1")
        << QStringLiteral("handle_unknown") << QStringLiteral("prep__onehot__handle_unknown");
    QTest::newRow("column transformer log")
        << QStringLiteral("column_transformer_onehot_log1p")
        << QStringLiteral("/content/content/steps/content/0/content/1/content/content/transformers/"
                          "content/1/content/1")
        << QStringLiteral("func") << QStringLiteral("prep__log__func");
    QTest::newRow("stacking final") << QStringLiteral("stacking_classifier")
                                    << QStringLiteral("/content/content/final_estimator")
                                    << QStringLiteral("C") << QStringLiteral("final_estimator__C");
    QTest::newRow("stacking forest template")
        << QStringLiteral("stacking_classifier")
        << QStringLiteral(
               "/content/content/estimators/content/0/content/1/content/content/estimator")
        << QStringLiteral("max_depth") << QStringLiteral("rf__estimator__max_depth");
}

void TestParameterTableModel::setParamsNames()
{
    QFETCH(QString, stem);
    QFETCH(QString, pointer);
    QFETCH(QString, param);
    QFETCH(QString, expected);
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("corpus"), stem));
    QVERIFY(file);
    const NodeId estimator = nodeAt(*file, pointer);
    QVERIFY(estimator != kNoNode);
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, estimator);
    const int row = rowNamed(model, param);
    QVERIFY(row >= 0);
    QCOMPARE(model.setParamsName(row), expected);
    QCOMPARE(model.index(row, 0).data(ParameterTableModel::SetParamsNameRole).toString(), expected);
    QCOMPARE(model.setParamsOwner(), file->tree().root());
}

void TestParameterTableModel::fittedCopiesAreNamedForTheirOwnSetParams()
{
    const auto file = testdata::openSkops(
        corpusPath(QStringLiteral("corpus"), QStringLiteral("gridsearch_pipeline_logreg")));
    QVERIFY(file);
    const NodeId bestPipeline = nodeAt(*file, QStringLiteral("/content/content/best_estimator_"));
    const NodeId bestLogreg = nodeAt(*file,
        QStringLiteral(
            "/content/content/best_estimator_/content/content/steps/content/1/content/1"));
    QVERIFY(bestPipeline != kNoNode && bestLogreg != kNoNode);
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, bestLogreg);
    const int c = rowNamed(model, QStringLiteral("C"));
    QVERIFY(c >= 0);
    // set_params cannot reach a fitted attribute; best_estimator_.set_params(clf__C=...) can.
    QCOMPARE(model.setParamsName(c), QStringLiteral("clf__C"));
    QCOMPARE(model.setParamsOwner(), bestPipeline);
    QVERIFY(model.statusText().contains(QStringLiteral("best_estimator_")));
    // The refit model's C is the best grid point stored in best_params_.
    const OrderedJson schema = testdata::schemaOf(file->path());
    const std::string bestC
        = schema["content"]["content"]["best_params_"]["content"]["clf__C"]["content"]
              .get<std::string>();
    QCOMPARE(model.valueText(c), QString::fromStdString(bestC));
}

void TestParameterTableModel::closestTablePrefersSameMinorVersion()
{
    const QString old = QString::fromStdString(
        defaultsTable(QStringLiteral("corpus"))["sklearn_version"].get<std::string>());
    const QString newer = QString::fromStdString(
        defaultsTable(QStringLiteral("corpus-np2"))["sklearn_version"].get<std::string>());
    QVERIFY(QVersionNumber::fromString(old) < QVersionNumber::fromString(newer));
    const auto &tables = SklearnDefaults::shipped();
    QCOMPARE(tables.size(), std::size_t(2));
    const auto pick = [&](const char *version) {
        const SklearnDefaults *table
            = SklearnDefaults::closest(tables, QString::fromLatin1(version));
        return table ? table->sklearnVersion() : QString();
    };
    QCOMPARE(pick("1.2.1"), old);
    QCOMPARE(pick("1.2.0"), old);
    QCOMPARE(pick("1.2.3.post1"), old);
    QCOMPARE(pick("1.4.0"), newer);
    QCOMPARE(pick("1.3.2"), newer);
    QCOMPARE(pick("0.24.2"), newer);
    QCOMPARE(pick("1.6.1"), newer);
    QCOMPARE(pick(""), newer);
    QVERIFY(SklearnDefaults::closest({}, QStringLiteral("1.2.1")) == nullptr);
}

void TestParameterTableModel::modelVersionMismatchIsReported()
{
    const QString source = corpusPath(QStringLiteral("corpus"), QStringLiteral("logreg_iris"));
    QList<testdata::ArchiveEntry> members;
    QByteArray schema;
    {
        QuaZip zip(source);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        for (const QString &name : zip.getFileNameList()) {
            const QByteArray bytes = testdata::zipMember(source, name);
            if (name == QLatin1String("schema.json"))
                schema = bytes;
            else
                members.append({ name, bytes, false });
        }
    }
    const QByteArray stored = QByteArrayLiteral("\"content\": \"\\\"1.2.1\\\"\"");
    QCOMPARE(schema.count(stored), 1);
    const QString newer = QString::fromStdString(
        defaultsTable(QStringLiteral("corpus-np2"))["sklearn_version"].get<std::string>());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const struct
    {
        const char *version;
        QString expectedTable;
    } cases[] = { { "1.3.0", newer }, { "1.2.0", QStringLiteral("1.2.1") } };
    for (const auto &testCase : cases) {
        QByteArray edited = schema;
        edited.replace(stored,
            QByteArrayLiteral("\"content\": \"\\\"") + testCase.version
                + QByteArrayLiteral("\\\"\""));
        const QString path
            = dir.filePath(QString::fromLatin1(testCase.version) + QStringLiteral(".skops"));
        QVERIFY(testdata::writeFile(path, testdata::buildSkops(edited, members)));
        const auto file = testdata::openSkops(path);
        QVERIFY(file);
        ParameterTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEstimator(file, file->tree().root());
        QCOMPARE(model.modelVersion(), QString::fromLatin1(testCase.version));
        QCOMPARE(model.defaultsVersion(), testCase.expectedTable);
        QVERIFY(model.versionDiffers());
        QVERIFY(model.statusText().contains(QString::fromLatin1(testCase.version)));
        QVERIFY(model.statusText().contains(testCase.expectedTable));
    }
}

void TestParameterTableModel::jsonEqualityTreatsIntAndFloatAlike()
{
    const auto equal = [](const char *a, const char *b) {
        const auto x = JsonDocument::parse(QByteArrayView(a));
        const auto y = JsonDocument::parse(QByteArrayView(b));
        return x.ok() && y.ok()
            && SklearnDefaults::jsonEqual(x.value(), x->root(), y.value(), y->root());
    };
    QVERIFY(equal("1", "1.0"));
    QVERIFY(equal("0.0001", "1e-4"));
    QVERIFY(equal("NaN", "NaN"));
    QVERIFY(equal("\"warn\"", "\"warn\""));
    QVERIFY(equal("[1, \"a\", null]", "[1.0, \"a\", null]"));
    QVERIFY(!equal("\"deprecated\"", "\"warn\""));
    QVERIFY(!equal("true", "1"));
    QVERIFY(!equal("null", "0"));
    QVERIFY(!equal("\"1\"", "1"));
    QVERIFY(!equal("100", "500"));
}

void TestParameterTableModel::nonJsonValuesAgainstDefaults()
{
    // A search's estimator is required: there is no default to compare with.
    {
        const auto file = testdata::openSkops(
            corpusPath(QStringLiteral("corpus"), QStringLiteral("gridsearch_pipeline_logreg")));
        QVERIFY(file);
        ParameterTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEstimator(file, file->tree().root());
        const int estimator = rowNamed(model, QStringLiteral("estimator"));
        QVERIFY(estimator >= 0);
        QCOMPARE(model.comparison(estimator), Comparison::NoDefault);
        QCOMPARE(model.index(estimator, ParameterTableModel::ValueColumn).data().toString(),
            QStringLiteral("Pipeline(…)"));
        // error_score is stored as NaN; the table gives np.nan as the repr "nan".
        const OrderedJson schema = testdata::schemaOf(file->path());
        QCOMPARE(schema["content"]["content"]["error_score"]["content"].get<std::string>(),
            std::string("NaN"));
        const int errorScore = rowNamed(model, QStringLiteral("error_score"));
        QCOMPARE(model.comparison(errorScore), Comparison::Equal);
    }
    // final_estimator defaults to None; an estimator there was set by the user.
    {
        const auto file
            = testdata::openSkops(corpusPath(QStringLiteral("corpus"), QStringLiteral("stacking_classifier")));
        QVERIFY(file);
        ParameterTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEstimator(file, file->tree().root());
        const int finalEstimator = rowNamed(model, QStringLiteral("final_estimator"));
        QVERIFY(finalEstimator >= 0);
        QCOMPARE(model.index(finalEstimator, ParameterTableModel::DefaultColumn).data().toString(),
            QStringLiteral("None"));
        QCOMPARE(model.comparison(finalEstimator), Comparison::Different);
    }
    // An object where the default is a string cannot be compared: not highlighted.
    {
        const QString source = corpusPath(QStringLiteral("corpus"), QStringLiteral("logreg_iris"));
        OrderedJson schema = testdata::schemaOf(source);
        QVERIFY(!schema.is_discarded());
        schema["content"]["content"]["solver"] = { { "__class__", "list" },
            { "__module__", "builtins" }, { "__loader__", "TypeNode" }, { "__id__", 17 } };
        QList<testdata::ArchiveEntry> members;
        QuaZip zip(source);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        for (const QString &name : zip.getFileNameList()) {
            if (name != QLatin1String("schema.json"))
                members.append({ name, testdata::zipMember(source, name), false });
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("solver-type.skops"));
        QVERIFY(testdata::writeFile(
            path, testdata::buildSkops(QByteArray::fromStdString(schema.dump(2)), members)));
        const auto file = testdata::openSkops(path);
        QVERIFY(file);
        ParameterTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEstimator(file, file->tree().root());
        const int solver = rowNamed(model, QStringLiteral("solver"));
        QVERIFY(solver >= 0);
        QCOMPARE(model.index(solver, ParameterTableModel::ValueColumn).data().toString(),
            QStringLiteral("<class 'list'>"));
        QCOMPARE(model.comparison(solver), Comparison::NotComparable);
        QCOMPARE(model.index(solver, 0).data(ParameterTableModel::ChangedFromDefaultRole).toBool(),
            false);
    }
}

void TestParameterTableModel::functionsCompareByName_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<bool>("changed");
    // SelectKBest's score_func defaults to f_classif (the table's "<function f_classif at 0x...>").
    QTest::newRow("default") << QStringLiteral("f_classif") << false;
    QTest::newRow("other") << QStringLiteral("f_regression") << true;
}

void TestParameterTableModel::functionsCompareByName()
{
    QFETCH(QString, function);
    QFETCH(bool, changed);
    const std::string module = "sklearn.feature_selection._univariate_selection";
    const auto jsonNode = [](const char *content, int id) {
        return OrderedJson { { "__class__", "str" }, { "__module__", "builtins" },
            { "__loader__", "JsonNode" }, { "content", content }, { "is_json", true },
            { "__id__", id } };
    };
    const OrderedJson strType { { "__class__", "str" }, { "__module__", "builtins" },
        { "__loader__", "TypeNode" }, { "__id__", 9 } };
    const OrderedJson schema { { "__class__", "SelectKBest" }, { "__module__", module },
        { "__loader__", "ObjectNode" },
        { "content",
            { { "__class__", "dict" }, { "__module__", "builtins" }, { "__loader__", "DictNode" },
                { "content",
                    { { "score_func",
                          { { "__class__", function.toStdString() }, { "__module__", module },
                              { "__loader__", "FunctionNode" }, { "__id__", 3 } } },
                        { "k", jsonNode("10", 4) },
                        { "_sklearn_version", jsonNode("\"1.2.1\"", 5) } } },
                { "key_types",
                    { { "__class__", "list" }, { "__module__", "builtins" },
                        { "__loader__", "ListNode" }, { "content", { strType, strType, strType } },
                        { "__id__", 6 } } },
                { "__id__", 2 } } },
        { "__id__", 1 }, { "protocol", 2 }, { "_skops_version", "0.9.0" } };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("selectkbest.skops"));
    QVERIFY(
        testdata::writeFile(path, testdata::buildSkops(QByteArray::fromStdString(schema.dump(2)))));
    const auto file = testdata::openSkops(path);
    QVERIFY(file);
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, file->tree().root());
    const int scoreFunc = rowNamed(model, QStringLiteral("score_func"));
    QVERIFY(scoreFunc >= 0);
    QCOMPARE(model.comparison(scoreFunc), changed ? Comparison::Different : Comparison::Equal);
    QCOMPARE(model.comparison(rowNamed(model, QStringLiteral("k"))), Comparison::Equal);
}

void TestParameterTableModel::clearEmptiesTheTable()
{
    const auto file = testdata::openSkops(corpusPath(QStringLiteral("corpus"), QStringLiteral("logreg_iris")));
    QVERIFY(file);
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEstimator(file, file->tree().root());
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.estimator(), kNoNode);
    QVERIFY(model.statusText().isEmpty());
    // A node without a state dict (the C value itself) has no parameters.
    model.setEstimator(file, nodeAt(*file, QStringLiteral("/content/content/C")));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestParameterTableModel)
#include "tst_parametertablemodel.moc"
