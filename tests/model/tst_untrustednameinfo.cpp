// What the approval dialog and SARIF say about each untrusted name: the
// names are skops' own list (the oracles), each kind of reference is the one
// format doc §5 gives its loader, the raw fields are the strings stored in
// schema.json, and the version-difference note agrees with skops run in the
// other environment (the cross oracles).
#include "ArchiveBuilder.h"
#include "Audit.h"
#include "SkopsFile.h"
#include "TestData.h"
#include "UntrustedNameInfo.h"

#include <QTemporaryDir>
#include <QTest>

using namespace skops;
using testdata::CorpusFile;

Q_DECLARE_METATYPE(CorpusFile)

namespace {

struct Collected {
    std::shared_ptr<const SkopsFile> file;
    std::vector<UntrustedNameInfo> infos;
};

Collected collect(const QString &path, const QString &profileName)
{
    Collected out;
    auto file = SkopsFile::open(path);
    if (!file.ok())
        return out;
    out.file = file.value();
    const auto profile = TrustProfile::builtin(profileName).value();
    out.infos = UntrustedNameInfo::collect(out.file->tree(), Audit::run(out.file->tree(), *profile), *profile);
    return out;
}

QString corpusPath(const QString &stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops");
}

const UntrustedNameInfo *find(const std::vector<UntrustedNameInfo> &infos, const QString &name)
{
    for (const UntrustedNameInfo &info : infos) {
        if (info.qName() == name)
            return &info;
    }
    return nullptr;
}

QString fieldValue(const NameOccurrence &occurrence, const char *field)
{
    for (const StoredField &stored : occurrence.fields) {
        if (stored.field == QLatin1String(field))
            return stored.value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestUntrustedNameInfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // Every corpus file skops can audit: the names are skops' list, and each
    // occurrence and raw field points at what schema.json really holds.
    void namesAndFieldsMatchTheFile_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles()) {
            if (!testdata::oracle(file)["untrusted_types"].is_null())
                QTest::newRow(qPrintable(file.corpus + QLatin1Char('/') + file.stem)) << file;
        }
    }
    void namesAndFieldsMatchTheFile()
    {
        QFETCH(CorpusFile, file);
        const Collected collected = collect(file.path, file.profile);
        QVERIFY(collected.file);
        std::vector<std::string> names;
        for (const UntrustedNameInfo &info : collected.infos)
            names.push_back(info.name);
        QCOMPARE(names, testdata::oracle(file)["untrusted_types"].get<std::vector<std::string>>());

        const JsonDocument &doc = collected.file->schema();
        for (const UntrustedNameInfo &info : collected.infos) {
            QVERIFY(!info.occurrences.empty());
            QVERIFY(!info.kinds.empty());
            QVERIFY(!info.trustedByProfiles.contains(file.profile));
            for (const NameOccurrence &occurrence : info.occurrences) {
                const JsonDocument::Index state = doc.resolve(occurrence.path);
                QVERIFY2(doc.isObject(state), qPrintable(occurrence.path));
                if (!collected.file->tree().node(occurrence.node).synthetic)
                    QCOMPARE(doc.qstring(doc.member(state, "__loader__")), loaderName(occurrence.loader));
                // The fields are the stored strings, and joined they are the name.
                QStringList parts;
                for (const StoredField &field : occurrence.fields) {
                    if (!field.pointer.isEmpty()) {
                        const JsonDocument::Index value = doc.resolve(field.pointer);
                        QVERIFY2(doc.isString(value), qPrintable(field.pointer));
                        QCOMPARE(doc.qstring(value), field.value);
                    }
                    parts << field.value;
                }
                QCOMPARE(parts.join(QLatin1Char('.')), info.qName());
            }
        }
    }

    void kindsOfReference_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("loader");
        QTest::addColumn<int>("places");
        const auto row = [](const char *stem, const char *name, ReferenceKind kind, const char *loader, int places) {
            QTest::newRow(name) << QString::fromLatin1(stem) << QString::fromLatin1(name) << int(kind)
                                << QString::fromLatin1(loader) << places;
        };
        row("custom_untrusted_transformer", "corpus_custom.MyTransformer", ReferenceKind::Instance, "ObjectNode", 1);
        row("custom_untrusted_transformer", "corpus_custom.Settings", ReferenceKind::Instance, "ObjectNode", 1);
        row("constructor_from_reduce", "decimal.Decimal", ReferenceKind::Instance, "ConstructorFromReduceNode", 1);
        row("numpy_dtypes", "numpy.dtype", ReferenceKind::Instance, "DTypeNode", -1);
        row("sparse_matrices", "scipy.sparse._csr.csr_matrix", ReferenceKind::Instance, "SparseMatrixNode", -1);
        row("partial_and_operator_funcs", "functools.partial", ReferenceKind::Function, "PartialNode", 4);
        row("partial_and_operator_funcs", "numpy.clip", ReferenceKind::Function, "FunctionNode", 1);
        row("partial_and_operator_funcs", "builtins.sorted", ReferenceKind::Type, "TypeNode", 1);
        row("partial_and_operator_funcs", "operator.itemgetter", ReferenceKind::OperatorFunction, "OperatorFuncNode", 2);
        row("partial_and_operator_funcs", "operator.methodcaller", ReferenceKind::OperatorFunction,
            "OperatorFuncNode", 1);
        row("function_references", "builtins.len", ReferenceKind::Type, "TypeNode", 1);
        row("function_references", "math.sqrt", ReferenceKind::Type, "TypeNode", 1);
        row("function_references", "numpy.mean", ReferenceKind::Function, "FunctionNode", 1);
        row("function_references", "statistics.median", ReferenceKind::Function, "FunctionNode", 1);
        row("bound_method_methodnode", "sklearn.preprocessing._data.StandardScaler", ReferenceKind::BoundMethod,
            "MethodNode", 1);
        row("bound_method_methodnode", "sklearn.preprocessing._data.StandardScaler.transform",
            ReferenceKind::BoundMethod, "MethodNode", 1);
        row("protocol0_pipeline_log1p", "numpy.core._multiarray_umath.log1p", ReferenceKind::Function,
            "FunctionNode", 1);
    }
    void kindsOfReference()
    {
        QFETCH(QString, stem);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, loader);
        QFETCH(int, places);
        const Collected collected = collect(corpusPath(stem), QStringLiteral("numpy1-sklearn1.2"));
        const UntrustedNameInfo *info = find(collected.infos, name);
        QVERIFY(info);
        QCOMPARE(int(info->primaryKind()), kind);
        QCOMPARE(info->kinds.size(), std::size_t(1));
        QCOMPARE(loaderName(info->occurrences.front().loader), loader);
        if (places >= 0)
            QCOMPARE(int(info->paths().size()), places);
        // Every occurrence of functools.partial is a PartialNode state in the file.
        const JsonDocument &doc = collected.file->schema();
        for (const QString &path : info->paths())
            QCOMPARE(doc.qstring(doc.member(doc.resolve(path), "__loader__")), loader);
    }

    void methodNameFieldsComeFromTheObjectAndFunc()
    {
        const Collected collected = collect(corpusPath(QStringLiteral("bound_method_methodnode")),
                                            QStringLiteral("numpy1-sklearn1.2"));
        const UntrustedNameInfo *method =
            find(collected.infos, QStringLiteral("sklearn.preprocessing._data.StandardScaler.transform"));
        QVERIFY(method);
        const NameOccurrence &at = method->occurrences.front();
        QCOMPARE(at.fields.size(), std::size_t(3));
        QCOMPARE(fieldValue(at, "content.obj.__module__"), QStringLiteral("sklearn.preprocessing._data"));
        QCOMPARE(fieldValue(at, "content.obj.__class__"), QStringLiteral("StandardScaler"));
        QCOMPARE(fieldValue(at, "content.func"), QStringLiteral("transform"));
        QCOMPARE(at.fields[2].pointer, at.path + QStringLiteral("/content/func"));

        const UntrustedNameInfo *own =
            find(collected.infos, QStringLiteral("sklearn.preprocessing._data.StandardScaler"));
        QVERIFY(own);
        QCOMPARE(fieldValue(own->occurrences.front(), "__module__"), QStringLiteral("sklearn.preprocessing._data"));
        QCOMPARE(own->occurrences.front().fields[0].pointer, own->occurrences.front().path + QStringLiteral("/__module__"));
    }

    void protocol0FunctionFieldsAreTheContent()
    {
        const Collected collected = collect(corpusPath(QStringLiteral("protocol0_pipeline_log1p")),
                                            QStringLiteral("numpy1-sklearn1.2"));
        const UntrustedNameInfo *info = find(collected.infos, QStringLiteral("numpy.core._multiarray_umath.log1p"));
        QVERIFY(info);
        const NameOccurrence &at = info->occurrences.front();
        QCOMPARE(fieldValue(at, "content.module_path"), QStringLiteral("numpy.core._multiarray_umath"));
        QCOMPARE(fieldValue(at, "content.function"), QStringLiteral("log1p"));
    }

    // Containers whose class is a subclass, and names with characters that
    // must reach the user unaltered.
    void containerSubclassesAndExactStrings()
    {
        const QString evilClass = QStringLiteral("Evil") + QChar(0x202E) + QStringLiteral("ssalC");
        const QByteArray schema =
            QByteArray("{\"__class__\": \"dict\", \"__module__\": \"builtins\", \"__loader__\": \"DictNode\", "
                       "\"content\": {"
                       "\"a\": {\"__class__\": \"MyList\", \"__module__\": \"corpus_custom\", \"__loader__\": "
                       "\"ListNode\", \"content\": []},"
                       "\"b\": {\"__class__\": \"")
            + evilClass.toUtf8()
            + QByteArray("\", \"__module__\": \"corpus_custom\", \"__loader__\": \"ObjectNode\"}},"
                         "\"key_types\": {\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": "
                         "\"ListNode\", \"content\": [{\"__class__\": \"str\", \"__module__\": \"builtins\", "
                         "\"__loader__\": \"TypeNode\"}, {\"__class__\": \"str\", \"__module__\": \"builtins\", "
                         "\"__loader__\": \"TypeNode\"}]},"
                         "\"protocol\": 2}");
        const QString path = m_dir.filePath(QStringLiteral("subclasses.skops"));
        QVERIFY(testdata::writeFile(path, testdata::buildSkops(schema)));
        const Collected collected = collect(path, QStringLiteral("numpy2-sklearn1.4"));
        QVERIFY(collected.file);
        QCOMPARE(collected.infos.size(), std::size_t(2));

        const UntrustedNameInfo *list = find(collected.infos, QStringLiteral("corpus_custom.MyList"));
        QVERIFY(list);
        QCOMPARE(list->primaryKind(), ReferenceKind::ContainerSubclass);
        QCOMPARE(list->paths(), QStringList{QStringLiteral("/content/a")});
        QVERIFY(list->trustedByProfiles.isEmpty());

        const UntrustedNameInfo *evil = find(collected.infos, QStringLiteral("corpus_custom.") + evilClass);
        QVERIFY(evil);
        QCOMPARE(evil->primaryKind(), ReferenceKind::Instance);
        QCOMPARE(fieldValue(evil->occurrences.front(), "__class__"), evilClass);
        QCOMPARE(evil->occurrences.front().fields[1].pointer, QStringLiteral("/content/b/__class__"));
    }

    // "Only a version difference?": a corpus file written with numpy 1 and
    // scikit-learn 1.2, audited by skops in the numpy 2 / scikit-learn 1.4
    // environment (expected-cross). A name is trusted by the numpy2 profile
    // exactly when that skops did not report it.
    void versionDifferenceMatchesTheOtherEnvironment_data()
    {
        QTest::addColumn<CorpusFile>("file");
        for (const CorpusFile &file : testdata::corpusFiles()) {
            if (file.corpus == QLatin1String("corpus") && !testdata::oracle(file)["untrusted_types"].is_null()
                && !testdata::oracle(file)["untrusted_types"].empty())
                QTest::newRow(qPrintable(file.stem)) << file;
        }
    }
    void versionDifferenceMatchesTheOtherEnvironment()
    {
        QFETCH(CorpusFile, file);
        const auto cross = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected-cross/")
                                                  + file.stem + QStringLiteral(".json"));
        const auto inE2 = cross["untrusted_types_in_e2"].get<std::vector<std::string>>();
        const Collected collected = collect(file.path, file.profile);
        for (const UntrustedNameInfo &info : collected.infos) {
            const bool reportedInE2 = std::find(inE2.begin(), inE2.end(), info.name) != inE2.end();
            QCOMPARE(info.trustedByProfiles.contains(QStringLiteral("numpy2-sklearn1.4")), !reportedInE2);
            // The union trusts whatever either environment trusts.
            if (!reportedInE2)
                QVERIFY(info.trustedByProfiles.contains(QStringLiteral("union")));
        }
    }

    void histGradientBoostingIsOnlyAVersionDifference()
    {
        const Collected collected = collect(corpusPath(QStringLiteral("hist_gradient_boosting_classifier")),
                                            QStringLiteral("numpy1-sklearn1.2"));
        QCOMPARE(collected.infos.size(), std::size_t(4));
        for (const UntrustedNameInfo &info : collected.infos)
            QCOMPARE(info.trustedByProfiles,
                     (QStringList{QStringLiteral("numpy2-sklearn1.4"), QStringLiteral("union")}));
        // Under union nothing is reported, so there is nothing to explain.
        QVERIFY(collect(corpusPath(QStringLiteral("hist_gradient_boosting_classifier")), QStringLiteral("union"))
                    .infos.empty());
    }

    void everyKindHasItsTexts()
    {
        QStringList ids;
        for (const ReferenceKind kind : UntrustedNameInfo::allKinds()) {
            QVERIFY(!UntrustedNameInfo::kindLabel(kind).isEmpty());
            QVERIFY(!UntrustedNameInfo::riskNote(kind).isEmpty());
            QVERIFY(UntrustedNameInfo::kindId(kind).startsWith(QLatin1String("untrusted-")));
            QVERIFY(!ids.contains(UntrustedNameInfo::kindId(kind)));
            ids << UntrustedNameInfo::kindId(kind);
        }
        QCOMPARE(ids.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestUntrustedNameInfo)
#include "tst_untrustednameinfo.moc"
