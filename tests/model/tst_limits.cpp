// The explicit limits of model/Limits.h, each at its edge: a file exactly at
// a limit is accepted, one unit over it is refused with the limit's error
// code and a message naming the limit. Small limits keep the files tiny.
#include "ArchiveBuilder.h"
#include "Audit.h"
#include "NpyArray.h"
#include "NpyHeader.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"
#include "SparseMatrix.h"
#include "TreePrinter.h"
#include "TrustProfile.h"
#include "ZipArchive.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;
using namespace testdata;

namespace {

QByteArray jsonNode(int value)
{
    return "{\"__class__\": \"int\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", "
           "\"content\": \""
           + QByteArray::number(value) + "\", \"is_json\": true}";
}

// A list of `count` ints: count + 1 nodes, count + 1 lines of printed tree.
QByteArray listSchema(int count)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items.append(jsonNode(i));
    return "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", "
           "\"content\": ["
           + items.join(", ") + "], \"protocol\": 2, \"_skops_version\": \"0.10\"}";
}

// A list holding one str of `length` letters.
QByteArray stringSchema(int length)
{
    return "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", "
           "\"content\": [{\"__class__\": \"str\", \"__module__\": \"builtins\", "
           "\"__loader__\": \"JsonNode\", \"content\": \"\\\""
           + QByteArray(length, 'x') + "\\\"\", \"is_json\": true}], \"protocol\": 2}";
}

QByteArray floatNpy(int count)
{
    return npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + QByteArray::number(count)
                   + ",), }",
               QByteArray(count * 8, '\0'));
}

QByteArray rawInts(std::initializer_list<qint64> values)
{
    QByteArray bytes;
    for (qint64 value : values)
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    return bytes;
}

// A 2×2 csr matrix with two stored values, every member deflated.
QByteArray csrNpz()
{
    const QByteArray header = "'fortran_order': False, ";
    return buildArchive({
        {QStringLiteral("indices.npy"),
         npy("{'descr': '<i8', " + header + "'shape': (2,), }", rawInts({0, 1})), true},
        {QStringLiteral("indptr.npy"),
         npy("{'descr': '<i8', " + header + "'shape': (3,), }", rawInts({0, 1, 2})), true},
        {QStringLiteral("format.npy"), npy("{'descr': '|S3', " + header + "'shape': (), }", "csr"),
         true},
        {QStringLiteral("shape.npy"), npy("{'descr': '<i8', " + header + "'shape': (2,), }", rawInts({2, 2})),
         true},
        {QStringLiteral("data.npy"), npy("{'descr': '<f8', " + header + "'shape': (2,), }",
                                         QByteArray(16, '\0')),
         true},
    });
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void verifyRefused(const Error &error, ErrorCode code, const QString &limitText)
    {
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(limitText), qPrintable(error.message));
    }

private slots:
    void schemaSize()
    {
        const QByteArray schema = listSchema(3);
        const QString path = write(QStringLiteral("schema.skops"), buildSkops(schema));
        Limits limits;
        limits.maxSchemaBytes = quint64(schema.size());
        QVERIFY(SkopsFile::open(path, limits).ok());
        limits.maxSchemaBytes = quint64(schema.size()) - 1;
        const auto refused = SkopsFile::open(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::SchemaTooLarge,
                      QString::number(schema.size() - 1));
        QVERIFY(refused.error().message.contains(QLatin1String("schema.json")));
    }

    void nestingDepth()
    {
        // The root object plus 20 nested arrays: 21 levels.
        const QByteArray schema = "{\"__class__\": \"list\", \"__module__\": \"builtins\", "
                                  "\"__loader__\": \"ListNode\", \"content\": [], \"protocol\": 2, "
                                  "\"pad\": "
                                  + QByteArray(20, '[') + QByteArray(20, ']') + "}";
        const QString path = write(QStringLiteral("deep.skops"), buildSkops(schema));
        Limits limits;
        limits.maxJsonDepth = 21;
        const auto accepted = SkopsFile::open(path, limits);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        limits.maxJsonDepth = 20;
        const auto refused = SkopsFile::open(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::TooDeep, QStringLiteral("20"));
    }

    void nodeCount()
    {
        const QString path = write(QStringLiteral("nodes.skops"), buildSkops(listSchema(9)));
        Limits limits;
        limits.maxNodes = 10;
        const auto accepted = SkopsFile::open(path, limits);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted.value()->tree().nodeCount(), std::size_t(10));
        limits.maxNodes = 9;
        const auto refused = SkopsFile::open(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::TooManyNodes, QStringLiteral("9"));
    }

    void memberCount()
    {
        QList<ArchiveEntry> members;
        for (int i = 0; i < 4; ++i)
            members.append({QStringLiteral("m%1.bin").arg(i), "x", false});
        // Four members plus schema.json.
        const QString path = write(QStringLiteral("members.skops"), buildSkops(listSchema(1), members));
        Limits limits;
        limits.maxMembers = 5;
        QVERIFY(SkopsFile::open(path, limits).ok());
        limits.maxMembers = 4;
        const auto refused = SkopsFile::open(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::TooManyMembers, QStringLiteral("4"));
    }

    void memberSize()
    {
        const QString path = write(QStringLiteral("member.zip"),
                                   buildArchive({{QStringLiteral("a.bin"), QByteArray(1000, 'a'), false}}));
        Limits limits;
        limits.maxMemberBytes = 1000;
        QVERIFY(ZipArchive::openFile(path, limits).ok());
        limits.maxMemberBytes = 999;
        const auto refused = ZipArchive::openFile(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::MemberTooLarge, QStringLiteral("999"));
        QVERIFY(refused.error().message.contains(QLatin1String("a.bin")));
    }

    void compressionRatio()
    {
        const qint64 inflated = 200'000;
        const QString path = write(QStringLiteral("ratio.zip"),
                                   buildArchive({{QStringLiteral("zeros.bin"), QByteArray(inflated, '\0'), true}}));
        const auto probe = ZipArchive::openFile(path);
        QVERIFY(probe.ok());
        const double compressed = double(probe.value()->members().front().compressedSize);
        QVERIFY(compressed < inflated / 100.0);
        // A member may inflate to ratio × compressed bytes plus one 4 KiB block.
        const double edge = (double(inflated) - 4096.0) / compressed;
        Limits limits;
        limits.maxCompressionRatio = edge * (1 + 1e-9);
        QVERIFY(ZipArchive::openFile(path, limits).ok());
        limits.maxCompressionRatio = edge * (1 - 1e-6);
        const auto refused = ZipArchive::openFile(path, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::ZipBomb, QStringLiteral("zeros.bin"));
    }

    void inflatedBytesForOneRead()
    {
        const QString path = write(QStringLiteral("inflate.zip"),
                                   buildArchive({{QStringLiteral("a.bin"), QByteArray(5000, 'a'), true}}));
        Limits limits;
        limits.maxInflatedBytes = 5000;
        const auto accepted = ZipArchive::openFile(path, limits);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value()->read(accepted.value()->members().front()).value().size(), qint64(5000));
        limits.maxInflatedBytes = 4999;
        const auto limited = ZipArchive::openFile(path, limits);
        QVERIFY(limited.ok());
        const auto refused = limited.value()->read(limited.value()->members().front());
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::MemberTooLarge, QStringLiteral("4999"));
    }

    void inflatedBytesForOneSparseView()
    {
        const QByteArray npz = csrNpz();
        const auto inner = ZipArchive::openBytes(MemberBytes::fromByteArray(npz), QStringLiteral("m.npz"));
        QVERIFY(inner.ok());
        quint64 total = 0;
        for (const ZipMember &member : inner.value()->members()) {
            QCOMPARE(member.method, quint16(8));
            total += member.uncompressedSize;
        }
        // Each member alone is far below the budget; all five together hit it.
        Limits limits;
        limits.maxInflatedBytes = total;
        const auto accepted = SparseMatrix::fromNpz(MemberBytes::fromByteArray(npz), QStringLiteral("m.npz"), limits);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted.value().nnz(), qint64(2));
        limits.maxInflatedBytes = total - 1;
        const auto refused = SparseMatrix::fromNpz(MemberBytes::fromByteArray(npz), QStringLiteral("m.npz"), limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::MemberTooLarge, QString::number(total - 1));
        QVERIFY(refused.error().message.contains(QLatin1String("m.npz")));
    }

    void arrayElements()
    {
        const QByteArray bytes = floatNpy(100);
        Limits limits;
        limits.maxArrayElements = 100;
        const auto accepted = NpyArray::fromMember(MemberBytes::fromByteArray(bytes), limits);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value().size(), qint64(100));
        limits.maxArrayElements = 99;
        const auto refused = NpyArray::fromMember(MemberBytes::fromByteArray(bytes), limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::TooManyElements, QStringLiteral("99"));
    }

    void zeroByteItemsStillCount()
    {
        // 2^40 empty records need no data bytes, yet a pass over them
        // would take hours: the element limit refuses them.
        const QByteArray bytes = npy("{'descr': [], 'fortran_order': False, 'shape': (1099511627776,), }", {});
        const auto header = NpyHeader::parse(bytes);
        QVERIFY(!header.ok());
        QCOMPARE(header.error().code, ErrorCode::TooManyElements);
        QVERIFY(header.error().message.contains(QLatin1String("1099511627776")));
    }

    void npyHeaderBytes()
    {
        const QByteArray bytes = floatNpy(1);
        // Preamble: magic (6), version (2), header length (2), then the text.
        const quint64 textLength = quint64(bytes.size() - 10 - 8);
        Limits limits;
        limits.maxNpyHeaderBytes = textLength;
        QVERIFY(NpyHeader::parse(bytes, limits).ok());
        limits.maxNpyHeaderBytes = textLength - 1;
        const auto refused = NpyHeader::parse(bytes, limits);
        QVERIFY(!refused.ok());
        verifyRefused(refused.error(), ErrorCode::InvalidNpy, QString::number(textLength - 1));
    }

    void npyDimensions()
    {
        const QByteArray bytes = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 1), }",
                                     QByteArray(8, '\0'));
        Limits limits;
        limits.maxNpyDims = 3;
        QVERIFY(NpyHeader::parse(bytes, limits).ok());
        limits.maxNpyDims = 2;
        const auto refused = NpyHeader::parse(bytes, limits);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidNpy);
    }

    void printedTreeLines()
    {
        const QString path = write(QStringLiteral("lines.skops"), buildSkops(listSchema(5)));
        const auto profile = TrustProfile::builtin(QStringLiteral("union"));
        QVERIFY(profile.ok());
        Limits limits;
        limits.maxTreeLines = 6;
        const auto whole = SkopsFile::open(path, limits);
        QVERIFY(whole.ok());
        const Audit wholeAudit = Audit::run(whole.value()->tree(), *profile.value());
        QStringList lines;
        const auto collect = [&lines](const QString &line) { lines.append(line); };
        QVERIFY(TreePrinter(*whole.value(), wholeAudit).print(ShowFilter::All, collect));
        QCOMPARE(lines.size(), qsizetype(6));
        QCOMPARE(lines.last(), QStringLiteral("└── content: json-type(4)"));

        limits.maxTreeLines = 5;
        const auto cut = SkopsFile::open(path, limits);
        QVERIFY(cut.ok());
        const Audit cutAudit = Audit::run(cut.value()->tree(), *profile.value());
        lines.clear();
        QVERIFY(!TreePrinter(*cut.value(), cutAudit).print(ShowFilter::All, collect));
        QCOMPARE(lines.size(), qsizetype(6));
        QCOMPARE(lines.at(4), QStringLiteral("├── content: json-type(3)"));
        QCOMPARE(lines.last(), QStringLiteral("… (cut after 5 lines)"));
    }

    void shownStringLength()
    {
        // json-type("xxxx…"): 13 characters besides the 40 letters.
        const QString path = write(QStringLiteral("string.skops"), buildSkops(stringSchema(40)));
        const auto profile = TrustProfile::builtin(QStringLiteral("union"));
        QVERIFY(profile.ok());
        Limits limits;
        limits.maxShownChars = 53;
        const auto whole = SkopsFile::open(path, limits);
        QVERIFY(whole.ok());
        const Audit wholeAudit = Audit::run(whole.value()->tree(), *profile.value());
        const QString full = QStringLiteral("json-type(\"%1\")").arg(QString(40, QLatin1Char('x')));
        QCOMPARE(TreePrinter(*whole.value(), wholeAudit).render(ShowFilter::All),
                 QStringLiteral("root: builtins.list\n└── content: %1\n").arg(full));

        limits.maxShownChars = 52;
        const auto cut = SkopsFile::open(path, limits);
        QVERIFY(cut.ok());
        const Audit cutAudit = Audit::run(cut.value()->tree(), *profile.value());
        QCOMPARE(TreePrinter(*cut.value(), cutAudit).render(ShowFilter::All),
                 QStringLiteral("root: builtins.list\n└── content: %1… (1 more characters not "
                                "shown; the limit is 52)\n")
                     .arg(full.left(52)));
    }

    void shownStringLengthInTheItemModel()
    {
        const QString path = write(QStringLiteral("model.skops"), buildSkops(stringSchema(40)));
        const auto profile = TrustProfile::builtin(QStringLiteral("union"));
        QVERIFY(profile.ok());
        Limits limits;
        // The value column shows the str as JSON text: 40 letters in quotes.
        limits.maxShownChars = 42;
        const auto whole = SkopsFile::open(path, limits);
        QVERIFY(whole.ok());
        SkopsTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFile(whole.value(), profile.value());
        const QModelIndex root = model.index(0, SkopsTreeModel::ValueColumn);
        const QModelIndex item = model.index(0, SkopsTreeModel::ValueColumn, model.index(0, 0));
        QVERIFY(root.isValid() && item.isValid());
        QCOMPARE(item.data().toString(), QStringLiteral("\"%1\"").arg(QString(40, QLatin1Char('x'))));

        limits.maxShownChars = 41;
        const auto cut = SkopsFile::open(path, limits);
        QVERIFY(cut.ok());
        model.setFile(cut.value(), profile.value());
        const QModelIndex cutItem = model.index(0, SkopsTreeModel::ValueColumn, model.index(0, 0));
        QCOMPARE(cutItem.data().toString(),
                 QLatin1Char('"') + QString(40, QLatin1Char('x'))
                     + QStringLiteral("… (1 more characters not shown; the limit is 41)"));
    }

    void cutNamesKeepTheUnsafeMarker()
    {
        const QByteArray module(60, 'm');
        const QByteArray schema = "{\"__class__\": \"Evil\", \"__module__\": \"" + module
                                  + "\", \"__loader__\": \"ObjectNode\", \"protocol\": 2}";
        const QString path = write(QStringLiteral("evil.skops"), buildSkops(schema));
        Limits limits;
        limits.maxShownChars = 20;
        const auto file = SkopsFile::open(path, limits);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        const auto profile = TrustProfile::builtin(QStringLiteral("union"));
        const Audit audit = Audit::run(file.value()->tree(), *profile.value());
        const QString first = TreePrinter(*file.value(), audit).render(ShowFilter::All).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(first, QStringLiteral("root: %1… (45 more characters not shown; the limit is 20) [UNSAFE]")
                            .arg(QString(20, QLatin1Char('m'))));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
