// The attack shapes of the format doc §12.3, one test each, every file built
// here: each is refused with an exact error code, or opened and flagged
// with an exact StructuralCheck warning code (or, where skops is right to
// accept it, opened with no warning and bounded cost).
#include "ArchiveBuilder.h"
#include "SchemaText.h"
#include "Audit.h"
#include "SkopsFile.h"
#include "SparseMatrix.h"
#include "StructuralCheck.h"
#include "TreePrinter.h"
#include "TrustProfile.h"
#include "WarningCodes.h"
#include "ZipArchive.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;
using namespace testdata::schema;
using testdata::ArchiveEntry;
using testdata::warningCodes;

namespace {

QByteArray reduceNode(const QByteArray &loader, const QByteArray &module, const QByteArray &cls)
{
    return q("{'__class__': '" + cls + "', '__module__': '" + module + "', '__loader__': '" + loader
             + "', '__reduce__': {'args': {'__class__': 'tuple', '__module__': 'builtins', '__loader__': 'TupleNode', "
               "'content': []}}, 'content': {'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', "
               "'content': {}, 'key_types': ")
           + list({}) + "}}";
}

QByteArray floats(int count)
{
    return testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + QByteArray::number(count) + ",), }",
                         QByteArray(8 * count, '\0'));
}

std::vector<std::string> untrustedIn(const SkopsFile &file, const QString &profile = QStringLiteral("numpy1-sklearn1.2"))
{
    return Audit::run(file.tree(), *TrustProfile::builtin(profile).value()).untrustedTypes();
}

} // namespace

class TestAttackShapes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.skops").arg(++m_files));
        if (!testdata::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Result<std::shared_ptr<const SkopsFile>> open(const QByteArray &schema, const QList<ArchiveEntry> &members = {},
                                                  const Limits &limits = Limits())
    {
        return SkopsFile::open(write(testdata::buildSkops(schema, members)), limits);
    }

    std::shared_ptr<const SkopsFile> opened(const QByteArray &schema, const QList<ArchiveEntry> &members = {})
    {
        auto file = open(schema, members);
        if (!file.ok())
            qFatal("the test file does not open: %s", qPrintable(file.error().message));
        return file.value();
    }

private slots:
    // #1 A member declaring far more bytes than DEFLATE can produce.
    void zipBomb()
    {
        QByteArray bomb = testdata::buildSkops(root(list({})), {{QStringLiteral("bomb.bin"), QByteArray(200'000, '\0'), true}});
        testdata::patchCentralDirectory(bomb, 0, 24, 0xFFFFFF00u);
        const auto file = SkopsFile::open(write(bomb));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::ZipBomb);
    }

    // #2 One member read by a thousand nodes with distinct ids.
    void memberAmplification()
    {
        QList<QByteArray> items;
        for (int i = 0; i < 1000; ++i)
            items << array("big.npy", 100 + i);
        QElapsedTimer timer;
        timer.start();
        const auto file = opened(root(list(items)), {{QStringLiteral("big.npy"), floats(10'000), false}});
        const auto warnings = StructuralCheck::run(*file);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(warningCodes(warnings), QStringList{QStringLiteral("shared-member")});
        QVERIFY(warnings.front().message.contains(QLatin1String("1000 nodes")));
        QVERIFY(file->npyHeader(QStringLiteral("big.npy")));
    }

    // #3 A ZIP where an .npy is expected, and a sparse .npz with too many members.
    void nestedArchive()
    {
        const QByteArray inner = testdata::buildArchive({{QStringLiteral("x.npy"), floats(1), false}});
        const auto file = opened(root(list({array("a.npy")})), {{QStringLiteral("a.npy"), inner, false}});
        QCOMPARE(file->arrayProblems().size(), std::size_t(1));
        QCOMPARE(file->arrayProblems().front().error.code, ErrorCode::InvalidNpy);

        QList<ArchiveEntry> many;
        for (int i = 0; i < 70; ++i)
            many.append({QStringLiteral("m%1.npy").arg(i), floats(1), false});
        const QByteArray npz = testdata::buildArchive(many);
        const auto sparse = SparseMatrix::fromNpz(MemberBytes::fromByteArray(npz), QStringLiteral("s.npz"));
        QVERIFY(!sparse.ok());
        QCOMPARE(sparse.error().code, ErrorCode::TooManyMembers);
    }

    // #4 Duplicate names (a warning: CPython reads the last), escaping
    // names, CRC lies and entry counts (errors).
    void zipStructureTricks()
    {
        const auto duplicate = opened(root(list({array("a.npy")})), {{QStringLiteral("a.npy"), floats(1), false},
                                                                     {QStringLiteral("a.npy"), floats(2), false}});
        QCOMPARE(warningCodes(StructuralCheck::run(*duplicate)),
                 QStringList{QStringLiteral("duplicate-member-name")});
        // The last entry is the one read, as in skops.
        QCOMPARE(duplicate->npyHeader(QStringLiteral("a.npy"))->shape(), std::vector<qint64>{2});

        for (const QString &name : {QStringLiteral("../evil.npy"), QStringLiteral("/etc/evil.npy")}) {
            const auto escaping = open(root(list({})), {{name, floats(1), false}});
            QVERIFY(!escaping.ok());
            QCOMPARE(escaping.error().code, ErrorCode::UnsafeMemberName);
        }

        QByteArray badCrc = testdata::buildSkops(root(list({q("{'__class__': 'bytes', '__module__': 'builtins', "
                                                                "'__loader__': 'BytesNode', 'file': 'b.bin'}")})),
                                                 {{QStringLiteral("b.bin"), "payload", false}});
        testdata::patchCentralDirectory(badCrc, 0, 16, 0x12345678u);
        const auto crcFile = SkopsFile::open(write(badCrc));
        QVERIFY2(crcFile.ok(), qPrintable(crcFile.error().message));
        const auto read = crcFile.value()->readMember(QStringLiteral("b.bin"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::CorruptZip);

        Limits few;
        few.maxMembers = 3;
        const auto crowded = open(root(list({})), {{QStringLiteral("1"), "x", false}, {QStringLiteral("2"), "x", false},
                                                  {QStringLiteral("3"), "x", false}}, few);
        QVERIFY(!crowded.ok());
        QCOMPARE(crowded.error().code, ErrorCode::TooManyMembers);
    }

    // #5 .npy headers that lie about the data, or are not literals.
    void npyHeaderLies_data()
    {
        QTest::addColumn<QByteArray>("npy");
        QTest::newRow("shape needs more bytes") << testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000,), }", QByteArray(16, '\0'));
        QTest::newRow("shape product overflows") << testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296, 4), }", QByteArray());
        QTest::newRow("negative dimension") << testdata::npy("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }", QByteArray(8, '\0'));
        QTest::newRow("not a literal") << testdata::npy("{'descr': __import__('os').system('x'), 'fortran_order': False, 'shape': (1,), }", QByteArray(8, '\0'));
    }
    void npyHeaderLies()
    {
        QFETCH(QByteArray, npy);
        const auto file = opened(root(list({array("a.npy")})), {{QStringLiteral("a.npy"), npy, false}});
        QCOMPARE(file->arrayProblems().size(), std::size_t(1));
        QCOMPARE(file->arrayProblems().front().error.code, ErrorCode::InvalidNpy);
        QVERIFY(!file->npyHeader(QStringLiteral("a.npy")));
    }

    // #6 Deep JSON nesting.
    void deepNesting()
    {
        const auto file = open(QByteArray(5000, '[') + QByteArray(5000, ']'));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::TooDeep);
    }

    // #7 Each level lists the previous one twice: 2^40 paths, 42 nodes.
    void sharedReferenceExplosion()
    {
        QByteArray level = list({json("1")}, 1000);
        for (int i = 1; i <= 40; ++i)
            level = list({level, "{\"__id__\": " + QByteArray::number(1000 + i - 1) + "}"}, 1000 + i);
        QElapsedTimer timer;
        timer.start();
        const auto file = opened(root(level));
        QVERIFY(untrustedIn(*file).empty());
        QCOMPARE(warningCodes(StructuralCheck::run(*file)), QStringList());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(file->tree().nodeCount(), std::size_t(42));
    }

    // #8 A list containing itself.
    void cycle()
    {
        const auto file = opened(root(list({q("{'__id__': 77}")}, 77)));
        const auto warnings = StructuralCheck::run(*file);
        QCOMPARE(warningCodes(warnings), QStringList{QStringLiteral("id-cycle")});
        QVERIFY(StructuralWarning::skopsCannotLoad(warnings.front().code));
    }

    // #9 An untrusted object behind an id that is already taken.
    void contentHiddenBehindAReusedId()
    {
        const QByteArray hidden = q("{'__class__': 'system', '__module__': 'os', '__loader__': 'ObjectNode', '__id__': 5}");
        const auto file = opened(root(list({json("1", 5), hidden})));
        QCOMPARE(warningCodes(StructuralCheck::run(*file)),
                 QStringList{QStringLiteral("id-reused-with-other-content")});
        // The verdict mirrors skops: the hidden state is never audited.
        QVERIFY(untrustedIn(*file).empty());
    }

    // #10 Dangling CachedNode (a warning), unknown loaders, missing members
    // and malformed nodes (errors).
    void danglingAndMalformed()
    {
        const auto cached = opened(root(list({q("{'__class__': 'X', '__module__': 'pkg', '__loader__': 'CachedNode', '__id__': 9}")})));
        QCOMPARE(warningCodes(StructuralCheck::run(*cached)),
                 QStringList{QStringLiteral("dangling-cached-node")});

        const auto unknown = open(root(list({q("{'__class__': 'x', '__module__': 'os', '__loader__': 'ShellNode'}")})));
        QCOMPARE(unknown.error().code, ErrorCode::UnknownLoader);
        const auto missing = open(root(list({array("nowhere.npy")})));
        QCOMPARE(missing.error().code, ErrorCode::MissingMember);
        const auto malformed = open(q("{'__class__': 'list', '__module__': 'builtins', '__loader__': 'ListNode', "
                                      "'content': 'abc', 'protocol': 2}"));
        QCOMPARE(malformed.error().code, ErrorCode::InvalidSchema);
    }

    // #11 Labels that do not drive construction.
    void labelSpoofing_data()
    {
        QTest::addColumn<QByteArray>("node");
        QTest::addColumn<QString>("code");
        QTest::newRow("JsonNode claiming os.system") << q("{'__class__': 'system', '__module__': 'os', '__loader__': 'JsonNode', 'content': '1'}") << QStringLiteral("ignored-type-label");
        QTest::newRow("SliceNode claiming os.system") << q("{'__class__': 'system', '__module__': 'os', '__loader__': 'SliceNode', 'content': {'start': 1, 'stop': 2, 'step': null}}") << QStringLiteral("ignored-type-label");
        QTest::newRow("MethodNode on another object") << q("{'__class__': 'Safe', '__module__': 'pkg', '__loader__': 'MethodNode', 'content': {'func': 'run', 'obj': {'__class__': 'Holder', '__module__': 'pkg', '__loader__': 'ObjectNode'}}}") << QStringLiteral("method-owner-mismatch");
        QTest::newRow("OperatorFuncNode outside operator") << q("{'__class__': 'call', '__module__': 'safe', '__loader__': 'OperatorFuncNode', 'attrs': ") + list({}) + "}" << QStringLiteral("operator-module-mismatch");
        QTest::newRow("TreeNode claiming another class") << reduceNode("TreeNode", "sklearn.linear_model", "Harmless") << QStringLiteral("reduce-constructor-mismatch");
    }
    void labelSpoofing()
    {
        QFETCH(QByteArray, node);
        QFETCH(QString, code);
        const auto file = opened(root(list({node})));
        QCOMPARE(warningCodes(StructuralCheck::run(*file)), QStringList{code});
    }

    // #12 Display injection: escapes, forged lines, markup, look-alikes.
    void displayInjection()
    {
        const QByteArray dict = q("{'__class__': 'dict', '__module__': 'builtins', '__loader__': 'DictNode', 'content': {"
                                  "'k\\u001b]0;pwned\\u0007': ") + json("1") + q(", 'x\\nroot: fake': ") + json("2")
                                + q(", 'm': ") + json("\\\"[link=file:///etc]click[/link]\\\"") + q(", 'o': ")
                                + q("{'__class__': 'LogisticRegression', '__module__': 'sk1earn.\xd0\xbcodel', '__loader__': 'ObjectNode'}")
                                + q("}, 'key_types': ") + list({}) + "}";
        const auto file = opened(root(dict));
        QCOMPARE(warningCodes(StructuralCheck::run(*file)),
                 (QStringList{QStringLiteral("non-ascii-type-name"), QStringLiteral("control-characters"),
                              QStringLiteral("control-characters"), QStringLiteral("markup-text")}));
        const Audit audit = Audit::run(file->tree(), *TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value());
        const QString text = TreePrinter(*file, audit).render(ShowFilter::All);
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x07)));
        QCOMPARE(text.count(QLatin1Char('\n')), 5); // root + four entries: no forged line
    }

    // #13 A loss naming an arbitrary callable: nothing is imported, and
    // both the audit and a warning name it.
    void importSideEffects()
    {
        const auto file = opened(root(list({reduceNode("LossNode", "os", "system")})));
        QCOMPARE(warningCodes(StructuralCheck::run(*file)),
                 QStringList{QStringLiteral("reduce-constructor-mismatch")});
        QCOMPARE(untrustedIn(*file), std::vector<std::string>{"os.system"});
    }

    // #14 The same file audited for two library versions.
    void versionSkew()
    {
        const auto file = opened(root(list({reduceNode("LossNode", "sklearn._loss._loss", "CyHalfBinomialLoss")})));
        QCOMPARE(warningCodes(StructuralCheck::run(*file)), QStringList());
        QCOMPARE(untrustedIn(*file, QStringLiteral("numpy1-sklearn1.2")),
                 std::vector<std::string>{"sklearn._loss._loss.CyHalfBinomialLoss"});
        QVERIFY(untrustedIn(*file, QStringLiteral("numpy2-sklearn1.4")).empty());
        const auto one = TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value();
        const auto two = TrustProfile::builtin(QStringLiteral("numpy2-sklearn1.4")).value();
        QVERIFY(one->versions().contains(QLatin1String("scikit-learn 1.2")));
        QVERIFY(two->versions().contains(QLatin1String("scikit-learn 1.4")));
    }
};

QTEST_GUILESS_MAIN(TestAttackShapes)
#include "tst_attackshapes.moc"
