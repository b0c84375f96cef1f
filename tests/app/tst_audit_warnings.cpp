// skops-inspect audit's structural warnings ("warnings" in --json, a list
// after the untrusted types in text), its exit status, and tree's escaping
// of file text that would mislead a terminal.
#include "ArchiveBuilder.h"
#include "SchemaText.h"
#include "TestData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = testdata::InspectRun;
using testdata::inspect;
using namespace testdata::schema;

nlohmann::ordered_json parse(const QByteArray &bytes)
{
    return nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

std::vector<std::string> keys(const nlohmann::ordered_json &object)
{
    std::vector<std::string> out;
    for (const auto &item : object.items())
        out.push_back(item.key());
    return out;
}

// A MethodNode labelled pkg.Safe whose object is a pkg.Holder, and a member
// no node names.
QByteArray spoofedMethodSchema()
{
    return q("{'__class__': 'Safe', '__module__': 'pkg', '__loader__': 'MethodNode', 'content': {'func': 'run', "
             "'obj': {'__class__': 'Holder', '__module__': 'pkg', '__loader__': 'ObjectNode'}}, 'protocol': 2}");
}

QByteArray cycleSchema()
{
    return q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', "
             "'content': [{'__id__': 77}], '__id__': 77, 'protocol': 2}");
}

} // namespace

class TestAuditWarnings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &schema, const QList<testdata::ArchiveEntry> &members = {})
    {
        const QString path = m_dir.filePath(name);
        if (!testdata::writeFile(path, testdata::buildSkops(schema, members)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void jsonHasWarningsAfterTheExistingFields()
    {
        const QString path = write(QStringLiteral("method.skops"), spoofedMethodSchema(),
                                   {{QStringLiteral("payload.bin"), "MZ", false}});
        const Run run = inspect({QStringLiteral("audit"), path, QStringLiteral("--json")});
        // Untrusted names remain: 1, as before; warnings do not change it.
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.isEmpty());
        const auto out = parse(run.out);
        QVERIFY(out.is_object());
        QCOMPARE(keys(out), (std::vector<std::string>{"file", "sha256", "protocol", "skops_version", "profile",
                                                      "profile_versions", "trusted", "untrusted_types", "findings",
                                                      "warnings"}));
        QCOMPARE(out["untrusted_types"].get<std::vector<std::string>>(),
                 (std::vector<std::string>{"pkg.Holder", "pkg.Holder.run", "pkg.Safe"}));
        const auto &warnings = out["warnings"];
        QVERIFY(warnings.is_array());
        QCOMPARE(warnings.size(), std::size_t(2));
        QCOMPARE(keys(warnings[0]), (std::vector<std::string>{"code", "message", "path", "member"}));
        QCOMPARE(warnings[0]["code"].get<std::string>(), std::string("unreferenced-member"));
        QVERIFY(warnings[0]["path"].is_null());
        QCOMPARE(warnings[0]["member"].get<std::string>(), std::string("payload.bin"));
        QCOMPARE(keys(warnings[1]), (std::vector<std::string>{"code", "message", "path"}));
        QCOMPARE(warnings[1]["code"].get<std::string>(), std::string("method-owner-mismatch"));
        QCOMPARE(warnings[1]["path"].get<std::string>(), std::string(""));
        QVERIFY(warnings[1]["message"].get<std::string>().find("pkg.Holder") != std::string::npos);
    }

    void corpusFileHasAnEmptyWarningsArray()
    {
        const QString path = testdata::dataDir() + QStringLiteral("/corpus/logreg_iris.skops");
        const Run run = inspect({QStringLiteral("audit"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto out = parse(run.out);
        QVERIFY(out["warnings"].is_array());
        QVERIFY(out["warnings"].empty());
    }

    void textListsWarningsAfterTheUntrustedTypes()
    {
        const QString path = write(QStringLiteral("method-text.skops"), spoofedMethodSchema());
        const Run run = inspect({QStringLiteral("audit"), path});
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        const qsizetype untrusted = out.indexOf(QLatin1String("pkg.Holder.run"));
        const qsizetype warnings = out.indexOf(QLatin1String("1 structural warning"));
        const qsizetype code = out.indexOf(QLatin1String("method-owner-mismatch"));
        QVERIFY2(untrusted > 0 && warnings > untrusted && code > warnings, qPrintable(out));
    }

    void cycleIsAuditedWithAWarningButNotPrintedOrExported()
    {
        const QString path = write(QStringLiteral("cycle.skops"), cycleSchema());
        const Run audit = inspect({QStringLiteral("audit"), path, QStringLiteral("--json")});
        // Nothing untrusted: 0, as skops' get_untrusted_types says; the
        // warning says that skops cannot load it.
        QCOMPARE(audit.exitCode, 0);
        const auto warnings = parse(audit.out)["warnings"];
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(warnings[0]["code"].get<std::string>(), std::string("id-cycle"));
        QCOMPARE(warnings[0]["path"].get<std::string>(), std::string("/content/0"));
        const Run text = inspect({QStringLiteral("audit"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("skops.io.load fails on this file"), text.out.constData());
        for (const QString &command : {QStringLiteral("tree"), QStringLiteral("arrays")}) {
            const Run refused = inspect({command, path});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.err.contains("cycle"));
        }
    }

    void treeEscapesControlCharactersAndPrintsMarkupAsText()
    {
        const QByteArray schema = q("{'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {"
                                    "'a\\u001b[31mb': ") + json("1")
                                  + q(", 'line\\nroot: os.system [UNSAFE]': ") + json("2")
                                  + q(", 'm': ") + json("\\\"[bold]approved[/bold]\\\"")
                                  + q("}, 'key_types': {'__class__': 'list', '__module__': 'builtins', "
                                      "'__loader__': 'ListNode', 'content': []}, 'protocol': 2}");
        const QString path = write(QStringLiteral("inject.skops"), schema);
        const Run tree = inspect({QStringLiteral("tree"), path});
        QCOMPARE(tree.exitCode, 0);
        QVERIFY(!tree.out.contains('\x1b'));
        QCOMPARE(QString::fromUtf8(tree.out),
                 QStringLiteral("root: builtins.dict\n"
                                "├── a\\u001b[31mb: json-type(1)\n"
                                "├── line\\u000aroot: os.system [UNSAFE]: json-type(2)\n"
                                "└── m: json-type(\"[bold]approved[/bold]\")\n"));
        const Run audit = inspect({QStringLiteral("audit"), path, QStringLiteral("--json")});
        const auto report = parse(audit.out);
        std::vector<std::string> codes;
        for (const auto &warning : report["warnings"])
            codes.push_back(warning["code"].get<std::string>());
        QCOMPARE(codes, (std::vector<std::string>{"control-characters", "control-characters", "markup-text"}));
        // The text form escapes what it quotes from the file, too.
        const Run text = inspect({QStringLiteral("audit"), path});
        QVERIFY(!text.out.contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestAuditWarnings)
#include "tst_audit_warnings.moc"
