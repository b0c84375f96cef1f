// skops-inspect audit with a trust policy (--policy) and as SARIF 2.1.0
// (--sarif), run as a CI script would run it: exit codes, one-line errors,
// and outputs compared with skops' own untrusted lists and file hashes.
#include "SkopsFile.h"
#include "TestData.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <map>

using testdata::CorpusFile;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

using Run = testdata::InspectRun;
using testdata::inspect;

nlohmann::json parse(const QByteArray &bytes)
{
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// A JSON value as text (strings unquoted), for comparisons with QCOMPARE.
std::string text(const nlohmann::json &value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::vector<std::string> strings(const nlohmann::json &value)
{
    return value.is_array() ? value.get<std::vector<std::string>>() : std::vector<std::string>{"<not an array>"};
}

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

std::vector<std::string> oracleUntrusted(const QString &stem)
{
    CorpusFile file;
    file.corpus = QStringLiteral("corpus");
    file.stem = stem;
    return testdata::oracle(file)["untrusted_types"].get<std::vector<std::string>>();
}

// The kind of reference format doc §5 gives each loader, as SARIF rule id.
std::map<std::string, std::string> expectedRules()
{
    return {
        {"corpus_custom.MyTransformer", "untrusted-instance"},
        {"corpus_custom.Settings", "untrusted-instance"},
        {"functools.partial", "untrusted-function"},
        {"numpy.clip", "untrusted-function"},
        {"corpus_custom.scale_and_shift", "untrusted-function"},
        {"builtins.sorted", "untrusted-type"},
        {"operator.attrgetter", "untrusted-operator-function"},
        {"operator.itemgetter", "untrusted-operator-function"},
        {"operator.methodcaller", "untrusted-operator-function"},
        {"sklearn.preprocessing._data.StandardScaler", "untrusted-bound-method"},
        {"sklearn.preprocessing._data.StandardScaler.transform", "untrusted-bound-method"},
        {"builtins.len", "untrusted-type"},
        {"math.sqrt", "untrusted-type"},
        {"numpy.mean", "untrusted-function"},
    };
}

} // namespace

class TestAuditPolicySarif : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePolicy(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(json);
        return path;
    }

private slots:
    void policyApprovesExactNamesAndPrefixes()
    {
        const QString file = corpusPath(QStringLiteral("custom_untrusted_transformer"));
        const QString profile = QStringLiteral("numpy1-sklearn1.2");
        const QString prefix = writePolicy(QStringLiteral("prefix.json"), "{\"trusted\": [\"corpus_custom.*\"]}");
        const Run all = inspect({QStringLiteral("audit"), file, QStringLiteral("--profile"), profile,
                                 QStringLiteral("--policy"), prefix});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("No untrusted types"));
        QVERIFY(all.err.isEmpty());

        const QString exact = writePolicy(
            QStringLiteral("exact.json"),
            "{\"trusted\": [{\"name\": \"corpus_custom.MyTransformer\", \"note\": \"reviewed\", \"added\": \"2025-03-01\"}]}");
        const Run one = inspect({QStringLiteral("audit"), file, QStringLiteral("--profile"), profile,
                                 QStringLiteral("--policy"), exact, QStringLiteral("--json")});
        QCOMPARE(one.exitCode, 1);
        const auto json = parse(one.out);
        QCOMPARE(strings(json["untrusted_types"]), std::vector<std::string>{"corpus_custom.Settings"});
        QCOMPARE(strings(json["trusted"]), std::vector<std::string>{"corpus_custom.MyTransformer"});

        // Dot boundaries: neither a longer module nor a shorter prefix matches.
        const QString near = writePolicy(QStringLiteral("near.json"),
                                         "{\"trusted\": [\"corpus_customx.*\", \"corpus_cust.*\", \"corpus.*\"]}");
        const Run none = inspect({QStringLiteral("audit"), file, QStringLiteral("--profile"), profile,
                                  QStringLiteral("--policy"), near, QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(strings(parse(none.out)["untrusted_types"]),
                 oracleUntrusted(QStringLiteral("custom_untrusted_transformer")));

        // --trust and --policy add up.
        const Run both = inspect({QStringLiteral("audit"), file, QStringLiteral("--profile"), profile,
                                  QStringLiteral("--policy"), exact, QStringLiteral("--trust"),
                                  QStringLiteral("corpus_custom.Settings")});
        QCOMPARE(both.exitCode, 0);
        // A --trust name the policy approves too is listed once.
        const Run overlapping
            = inspect({ QStringLiteral("audit"), file, QStringLiteral("--profile"), profile,
                QStringLiteral("--policy"), prefix, QStringLiteral("--trust"),
                QStringLiteral("corpus_custom.Settings"), QStringLiteral("--json") });
        QCOMPARE(overlapping.exitCode, 0);
        QCOMPARE(strings(parse(overlapping.out)["trusted"]),
            oracleUntrusted(QStringLiteral("custom_untrusted_transformer")));
    }

    void unusablePoliciesExitWith2_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("not json") << QByteArray("corpus_custom.*") << true;
        QTest::newRow("no trusted array") << QByteArray("{\"names\": []}") << true;
        QTest::newRow("bad entry") << QByteArray("{\"trusted\": [42]}") << true;
        QTest::newRow("bad rule") << QByteArray("{\"trusted\": [\"corpus_*.X\"]}") << true;
    }
    void unusablePoliciesExitWith2()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, exists);
        const QString policy = exists ? writePolicy(QStringLiteral("unusable.json"), json)
                                      : m_dir.filePath(QStringLiteral("does-not-exist.json"));
        for (const QString &format : {QString(), QStringLiteral("--json"), QStringLiteral("--sarif")}) {
            QStringList arguments{QStringLiteral("audit"), corpusPath(QStringLiteral("logreg_iris")),
                                  QStringLiteral("--policy"), policy};
            if (!format.isEmpty())
                arguments << format;
            const Run run = inspect(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.startsWith("skops-inspect: "));
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(run.err.contains(policy.toUtf8()));
        }
    }

    void jsonAndSarifExcludeEachOther()
    {
        const Run run = inspect({QStringLiteral("audit"), corpusPath(QStringLiteral("logreg_iris")),
                                 QStringLiteral("--json"), QStringLiteral("--sarif")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }

    void sarifHasTheRequiredFields_data()
    {
        QTest::addColumn<QString>("stem");
        for (const char *stem : {"custom_untrusted_transformer", "partial_and_operator_funcs", "bound_method_methodnode",
                                 "function_references", "hist_gradient_boosting_classifier", "logreg_iris"})
            QTest::newRow(stem) << QString::fromLatin1(stem);
    }
    void sarifHasTheRequiredFields()
    {
        QFETCH(QString, stem);
        const QString path = corpusPath(stem);
        const Run run = inspect({QStringLiteral("audit"), path, QStringLiteral("--sarif"), QStringLiteral("--profile"),
                                 QStringLiteral("numpy1-sklearn1.2")});
        const std::vector<std::string> untrusted = oracleUntrusted(stem);
        QCOMPARE(run.exitCode, untrusted.empty() ? 0 : 1);
        QVERIFY(run.err.isEmpty());
        const auto log = parse(run.out);
        QVERIFY(log.is_object());
        QCOMPARE(text(log["version"]), "2.1.0");
        QVERIFY(log["$schema"].get<std::string>().find("sarif-schema-2.1.0.json") != std::string::npos);
        QCOMPARE(log["runs"].size(), std::size_t(1));
        const auto &run0 = log["runs"][0];

        const auto &driver = run0["tool"]["driver"];
        QCOMPARE(text(driver["name"]), "skops-inspect");
        QCOMPARE(text(driver["version"]), SKOPS_VERSION);
        QVERIFY(driver["informationUri"].get<std::string>().starts_with("https://"));
        std::vector<std::string> ruleIds;
        for (const auto &rule : driver["rules"]) {
            QVERIFY(!rule["shortDescription"]["text"].get<std::string>().empty());
            QVERIFY(!rule["help"]["text"].get<std::string>().empty());
            ruleIds.push_back(rule["id"].get<std::string>());
        }
        QCOMPARE(ruleIds, (std::vector<std::string>{"untrusted-instance", "untrusted-function", "untrusted-bound-method",
                                                    "untrusted-operator-function", "untrusted-type",
                                                    "untrusted-container-subclass"}));

        // The artifact: the file with its hash as skops' cross oracle records it.
        const auto cross = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected-cross/") + stem
                                                  + QStringLiteral(".json"));
        QCOMPARE(run0["artifacts"].size(), std::size_t(1));
        QCOMPARE(text(run0["artifacts"][0]["hashes"]["sha-256"]), text(cross["sha256"]));
        QCOMPARE(run0["artifacts"][0]["length"].get<qint64>(), QFileInfo(path).size());
        QCOMPARE(run0["artifacts"][0]["location"]["uri"].get<std::string>(),
                 QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toStdString());

        // One result per untrusted name, in skops' order.
        const auto file = skops::SkopsFile::open(path);
        QVERIFY(file.ok());
        const skops::JsonDocument &schema = file.value()->schema();
        const auto rules = expectedRules();
        std::vector<std::string> names;
        for (const auto &result : run0["results"]) {
            const std::string name = result["partialFingerprints"]["untrustedName/v1"].get<std::string>();
            names.push_back(name);
            QCOMPARE(text(result["level"]), "error");
            QVERIFY(result["message"]["text"].get<std::string>().find(name) != std::string::npos);
            const std::string ruleId = result["ruleId"].get<std::string>();
            QCOMPARE(ruleIds.at(result["ruleIndex"].get<std::size_t>()), ruleId);
            if (rules.count(name))
                QCOMPARE(ruleId, rules.at(name));
            QVERIFY(!result["locations"].empty());
            for (const auto &location : result["locations"]) {
                QCOMPARE(text(location["physicalLocation"]["artifactLocation"]["index"]), "0");
                QCOMPARE(location["logicalLocations"].size(), std::size_t(1));
                const auto &logical = location["logicalLocations"][0];
                QCOMPARE(text(logical["kind"]), "member");
                // The node path is a JSON pointer to a node state in schema.json.
                const QString pointer = QString::fromStdString(logical["fullyQualifiedName"].get<std::string>());
                QVERIFY2(schema.isObject(schema.resolve(pointer)), qPrintable(pointer));
            }
        }
        QCOMPARE(names, untrusted);
    }

    void sarifLeavesOutApprovedNames()
    {
        const QString policy = writePolicy(QStringLiteral("operators.json"), "{\"trusted\": [\"operator.*\"]}");
        const Run run = inspect({QStringLiteral("audit"), corpusPath(QStringLiteral("partial_and_operator_funcs")),
                                 QStringLiteral("--sarif"), QStringLiteral("--profile"),
                                 QStringLiteral("numpy1-sklearn1.2"), QStringLiteral("--policy"), policy});
        QCOMPARE(run.exitCode, 1);
        const auto log = parse(run.out);
        std::vector<std::string> names;
        for (const auto &result : log["runs"][0]["results"])
            names.push_back(result["partialFingerprints"]["untrustedName/v1"].get<std::string>());
        QCOMPARE(names, (std::vector<std::string>{"builtins.sorted", "corpus_custom.scale_and_shift",
                                                  "functools.partial", "numpy.clip"}));
        QCOMPARE(strings(log["runs"][0]["properties"]["trusted"]),
                 (std::vector<std::string>{"operator.attrgetter", "operator.itemgetter", "operator.methodcaller"}));
    }

    void sarifNamesTheVersionDifference()
    {
        const Run run = inspect({QStringLiteral("audit"), corpusPath(QStringLiteral("hist_gradient_boosting_classifier")),
                                 QStringLiteral("--sarif"), QStringLiteral("--profile"),
                                 QStringLiteral("numpy1-sklearn1.2")});
        const auto log = parse(run.out);
        QCOMPARE(log["runs"][0]["results"].size(), std::size_t(4));
        for (const auto &result : log["runs"][0]["results"])
            QCOMPARE(strings(result["properties"]["trustedByProfiles"]),
                     (std::vector<std::string>{"numpy2-sklearn1.4", "union"}));
    }

    // A relative path stays relative (as code scanning expects), encoded.
    void relativeArtifactUri()
    {
        QProcess process;
        process.setWorkingDirectory(testdata::dataDir());
        process.start(QStringLiteral(SKOPS_INSPECT_EXE),
                      {QStringLiteral("audit"), QStringLiteral("corpus/logreg_iris.skops"), QStringLiteral("--sarif")});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        const auto log = parse(process.readAllStandardOutput());
        QCOMPARE(text(log["runs"][0]["artifacts"][0]["location"]["uri"]), "corpus/logreg_iris.skops");
        QCOMPARE(log["runs"][0]["results"].size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAuditPolicySarif)
#include "tst_audit_policy_sarif.moc"
