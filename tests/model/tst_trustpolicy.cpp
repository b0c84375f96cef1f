// The trust policy file: its JSON format, prefix rules matched at dot
// boundaries, errors as values, merging, and applying it to real files
// against the untrusted lists skops itself computed.
#include "Audit.h"
#include "SkopsFile.h"
#include "TestData.h"
#include "TrustPolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;

namespace {

QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

std::vector<std::string> oracleUntrusted(const char *stem)
{
    testdata::CorpusFile file;
    file.corpus = QStringLiteral("corpus");
    file.stem = QLatin1String(stem);
    return testdata::oracle(file)["untrusted_types"].get<std::vector<std::string>>();
}

QString corpusPath(const char *stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/%1.skops").arg(QLatin1String(stem));
}

} // namespace

class TestTrustPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void prefixRulesMatchAtDotBoundaries_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        const QString custom = QStringLiteral("corpus_custom.*");
        QTest::newRow("class in module") << custom << QStringLiteral("corpus_custom.MyTransformer") << true;
        QTest::newRow("deeper") << custom << QStringLiteral("corpus_custom.sub.Settings") << true;
        QTest::newRow("longer module") << custom << QStringLiteral("corpus_customx.A") << false;
        QTest::newRow("module itself") << custom << QStringLiteral("corpus_custom") << false;
        QTest::newRow("module and dot") << custom << QStringLiteral("corpus_custom.") << false;
        QTest::newRow("other prefix") << custom << QStringLiteral("xcorpus_custom.A") << false;
        QTest::newRow("case differs") << custom << QStringLiteral("Corpus_custom.A") << false;
        QTest::newRow("nested rule") << QStringLiteral("mycompany.models.*")
                                     << QStringLiteral("mycompany.models.v2.Ranker") << true;
        QTest::newRow("nested rule, sibling") << QStringLiteral("mycompany.models.*")
                                              << QStringLiteral("mycompany.modelsx.Ranker") << false;
        QTest::newRow("nested rule, parent") << QStringLiteral("mycompany.models.*")
                                             << QStringLiteral("mycompany.Ranker") << false;
        QTest::newRow("exact") << QStringLiteral("numpy.mean") << QStringLiteral("numpy.mean") << true;
        QTest::newRow("exact is not a prefix") << QStringLiteral("numpy.mean")
                                               << QStringLiteral("numpy.mean.x") << false;
        QTest::newRow("exact, shorter") << QStringLiteral("numpy.mean") << QStringLiteral("numpy.mea") << false;
    }
    void prefixRulesMatchAtDotBoundaries()
    {
        QFETCH(QString, rule);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        TrustPolicy policy;
        QVERIFY(policy.add(TrustPolicyEntry{rule, QString(), QDate()}).ok());
        QCOMPARE(policy.matches(name.toStdString()), matches);
        QCOMPARE(policy.entries().front().matches(name), matches);
        QCOMPARE(policy.matchingEntry(name) != nullptr, matches);
    }

    void entryProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("exact") << QStringLiteral("corpus_custom.MyTransformer") << true;
        QTest::newRow("method name") << QStringLiteral("a.B.transform") << true;
        QTest::newRow("prefix") << QStringLiteral("mycompany.models.*") << true;
        QTest::newRow("one-part prefix") << QStringLiteral("mycompany.*") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no dot") << QStringLiteral("corpus_custom") << false;
        QTest::newRow("bare star") << QStringLiteral("*") << false;
        QTest::newRow("dot star") << QStringLiteral(".*") << false;
        QTest::newRow("star inside") << QStringLiteral("corpus_*.X") << false;
        QTest::newRow("two stars") << QStringLiteral("a.*.*") << false;
        QTest::newRow("star without dot") << QStringLiteral("corpus_custom*") << false;
        QTest::newRow("empty part") << QStringLiteral("a..b.*") << false;
        QTest::newRow("leading dot") << QStringLiteral(".a.*") << false;
        QTest::newRow("space") << QStringLiteral("a b.C") << false;
        QTest::newRow("trailing space") << QStringLiteral("a.B ") << false;
        QTest::newRow("newline") << QStringLiteral("a.B\nc.D") << false;
        QTest::newRow("bidi override") << QString(QStringLiteral("a.B") + QChar(0x202E)) << false;
    }
    void entryProblems()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(TrustPolicy::entryProblem(name).isEmpty(), valid);
        TrustPolicy policy;
        const Status added = policy.add(TrustPolicyEntry{name, QString(), QDate()});
        QCOMPARE(added.ok(), valid);
        QCOMPARE(policy.entries().size(), std::size_t(valid ? 1 : 0));
        if (!valid)
            QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    }

    void readsStringsAndObjects()
    {
        const auto policy = TrustPolicy::fromJson(
            q("{'trusted': ['numpy.mean', {'name': 'corpus_custom.*', 'note': 'our code', 'added': "
              "'2025-03-01'}, {'name': 'a.B'}, 'numpy.mean'], 'comment': 'ignored'}"));
        QVERIFY2(policy.ok(), qPrintable(policy.error().message));
        // Sorted by name, the repeated name once.
        QCOMPARE(policy->entries().size(), std::size_t(3));
        QCOMPARE(policy->entries()[0].name, QStringLiteral("a.B"));
        QCOMPARE(policy->entries()[1].name, QStringLiteral("corpus_custom.*"));
        QCOMPARE(policy->entries()[1].note, QStringLiteral("our code"));
        QCOMPARE(policy->entries()[1].added, QDate(2025, 3, 1));
        QVERIFY(policy->entries()[1].isPrefixRule());
        QCOMPARE(policy->entries()[2].name, QStringLiteral("numpy.mean"));
        QVERIFY(!policy->entries()[2].added.isValid());
        QVERIFY(policy->entries()[2].note.isEmpty());
    }

    void rejectsMalformedPolicies_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        const int syntax = int(ErrorCode::InvalidJson);
        const int structure = int(ErrorCode::InvalidArgument);
        QTest::newRow("not json") << QByteArray("trusted: [a.B]") << syntax;
        QTest::newRow("truncated") << q("{'trusted': ['a.B'") << syntax;
        QTest::newRow("empty file") << QByteArray() << syntax;
        QTest::newRow("array") << q("['a.B']") << structure;
        QTest::newRow("no trusted") << q("{'names': ['a.B']}") << structure;
        QTest::newRow("trusted is a string") << q("{'trusted': 'a.B'}") << structure;
        QTest::newRow("number entry") << q("{'trusted': [1]}") << structure;
        QTest::newRow("null entry") << q("{'trusted': [null]}") << structure;
        QTest::newRow("object without name") << q("{'trusted': [{'note': 'x'}]}") << structure;
        QTest::newRow("name not a string") << q("{'trusted': [{'name': 5}]}") << structure;
        QTest::newRow("note not a string") << q("{'trusted': [{'name': 'a.B', 'note': 1}]}") << structure;
        QTest::newRow("bad date") << q("{'trusted': [{'name': 'a.B', 'added': '2025-13-01'}]}") << structure;
        QTest::newRow("date not a string") << q("{'trusted': [{'name': 'a.B', 'added': 20250301}]}") << structure;
        QTest::newRow("invalid rule") << q("{'trusted': ['corpus_*.X']}") << structure;
        QTest::newRow("bare star") << q("{'trusted': ['*']}") << structure;
    }
    void rejectsMalformedPolicies()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        const auto policy = TrustPolicy::fromJson(json);
        QVERIFY(!policy.ok());
        QCOMPARE(int(policy.error().code), code);
        QVERIFY(!policy.error().message.isEmpty());
    }

    void savesTheDocumentedFormat()
    {
        TrustPolicy policy;
        QVERIFY(policy.add({QStringLiteral("numpy.mean"), QString(), QDate()}).ok());
        QVERIFY(policy.add({QStringLiteral("corpus_custom.*"), QStringLiteral("ours, \"v2\""), QDate(2025, 3, 1)}).ok());
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/policy.json"));
        QVERIFY(policy.save(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\n"
                                            "  \"trusted\": [\n"
                                            "    {\n"
                                            "      \"name\": \"corpus_custom.*\",\n"
                                            "      \"note\": \"ours, \\\"v2\\\"\",\n"
                                            "      \"added\": \"2025-03-01\"\n"
                                            "    },\n"
                                            "    {\n"
                                            "      \"name\": \"numpy.mean\"\n"
                                            "    }\n"
                                            "  ]\n"
                                            "}\n"));
        const auto loaded = TrustPolicy::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->toJson(), policy.toJson());
        QCOMPARE(loaded->entries()[0].note, QStringLiteral("ours, \"v2\""));
    }

    void loadReportsMissingAndUnreadableFiles()
    {
        const auto missing = TrustPolicy::load(m_dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"trusted\": [");
        file.close();
        const auto malformed = TrustPolicy::load(broken);
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().code, ErrorCode::InvalidJson);
        QVERIFY(malformed.error().message.contains(broken));

        // A folder where the file should be cannot be saved over.
        TrustPolicy policy;
        QVERIFY(policy.add({QStringLiteral("a.B"), QString(), QDate()}).ok());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken.json")));
        const Status saved = policy.save(m_dir.filePath(QStringLiteral("taken.json")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::WriteFailed);
    }

    void mergeKeepsExistingEntries()
    {
        TrustPolicy mine;
        QVERIFY(mine.add({QStringLiteral("corpus_custom.*"), QStringLiteral("mine"), QDate(2024, 1, 2)}).ok());
        QVERIFY(mine.add({QStringLiteral("numpy.mean"), QString(), QDate()}).ok());
        const auto team = TrustPolicy::fromJson(
            q("{'trusted': [{'name': 'corpus_custom.*', 'note': 'team'}, 'statistics.median', 'a.B']}"));
        QVERIFY(team.ok());
        QCOMPARE(mine.merge(team.value()), 2);
        QCOMPARE(mine.entries().size(), std::size_t(4));
        QCOMPARE(mine.matchingEntry(QStringLiteral("corpus_custom.X"))->note, QStringLiteral("mine"));
        QVERIFY(mine.contains(QStringLiteral("statistics.median")));
        QCOMPARE(mine.merge(team.value()), 0);

        QVERIFY(mine.remove(QStringLiteral("numpy.mean")));
        QVERIFY(!mine.remove(QStringLiteral("numpy.mean")));
        QVERIFY(!mine.matches("numpy.mean"));
    }

    // Applying a policy to real files: what remains is skops' own list
    // (the oracle) minus exactly the names the rules match.
    void appliesToCorpusFiles_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QStringList>("approved");
        const QByteArray custom = q("{'trusted': ['corpus_custom.*']}");
        QTest::newRow("custom transformer") << QStringLiteral("custom_untrusted_transformer") << custom
                                            << QStringList{QStringLiteral("corpus_custom.MyTransformer"),
                                                           QStringLiteral("corpus_custom.Settings")};
        QTest::newRow("misc objects") << QStringLiteral("misc_untrusted_objects") << custom
                                      << QStringList{QStringLiteral("corpus_custom.Settings")};
        QTest::newRow("partial") << QStringLiteral("partial_and_operator_funcs")
                                 << q("{'trusted': ['operator.*', 'corpus_custom.*', 'functools.partia']}")
                                 << QStringList{QStringLiteral("corpus_custom.scale_and_shift"),
                                                QStringLiteral("operator.attrgetter"),
                                                QStringLiteral("operator.itemgetter"),
                                                QStringLiteral("operator.methodcaller")};
        QTest::newRow("bound method") << QStringLiteral("bound_method_methodnode")
                                      << q("{'trusted': ['sklearn.preprocessing._data.StandardScaler']}")
                                      << QStringList{QStringLiteral("sklearn.preprocessing._data.StandardScaler")};
        QTest::newRow("sklearn prefix") << QStringLiteral("bound_method_methodnode")
                                        << q("{'trusted': ['sklearn.*']}")
                                        << QStringList{QStringLiteral("sklearn.preprocessing._data.StandardScaler"),
                                                       QStringLiteral("sklearn.preprocessing._data.StandardScaler.transform")};
    }
    void appliesToCorpusFiles()
    {
        QFETCH(QString, stem);
        QFETCH(QByteArray, policy);
        QFETCH(QStringList, approved);
        const auto parsed = TrustPolicy::fromJson(policy);
        QVERIFY(parsed.ok());
        const std::vector<std::string> oracle = oracleUntrusted(qPrintable(stem));
        std::set<std::string> expectedApproved;
        for (const QString &name : approved)
            expectedApproved.insert(name.toStdString());
        QCOMPARE(parsed->approvedAmong(oracle), expectedApproved);

        const auto file = SkopsFile::open(corpusPath(qPrintable(stem)));
        QVERIFY(file.ok());
        const auto profile = TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value();
        const Audit defaults = Audit::run(file.value()->tree(), *profile);
        QCOMPARE(defaults.untrustedTypes(), oracle);
        const Audit withPolicy = Audit::run(file.value()->tree(), *profile,
                                            parsed->approvedAmong(defaults.untrustedTypes()));
        std::vector<std::string> remaining;
        for (const std::string &name : oracle) {
            if (!expectedApproved.count(name))
                remaining.push_back(name);
        }
        QCOMPARE(withPolicy.untrustedTypes(), remaining);
    }
};

QTEST_GUILESS_MAIN(TestTrustPolicy)
#include "tst_trustpolicy.moc"
