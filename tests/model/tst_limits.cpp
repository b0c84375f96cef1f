// The explicit limits of model/Limits.h, each at its edge: a file exactly at
// a limit is accepted, one unit over it is refused with the limit's error
// code and a message naming the limit. Small limits keep the files tiny.
#include "ArchiveBuilder.h"
#include "Audit.h"
#include "NpyArray.h"
#include "NpyHeader.h"
#include "SchemaText.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"
#include "SparseMatrix.h"
#include "TreePrinter.h"
#include "TrustProfile.h"
#include "ZipArchive.h"

#include <QAbstractItemModelTester>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <type_traits>

using namespace skops;
using namespace testdata;

namespace {

// A list of `count` JSON values: count + 1 nodes, count + 1 lines of printed tree.
QByteArray listSchema(int count)
{
    QList<QByteArray> items;
    for (int i = 0; i < count; ++i)
        items.append(schema::json(QByteArray::number(i)));
    return schema::root(schema::list(items));
}

// A list holding one str of `length` letters.
QByteArray stringSchema(int length)
{
    return schema::root(schema::list({ schema::json("\\\"" + QByteArray(length, 'x') + "\\\"") }));
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

// Reads a hostile input under some limits. On success, a count of what it
// read (nodes, bytes, elements), so that an accepted read is seen whole.
using Read = std::function<Result<qint64>(const Limits &)>;

// The count of a successful result, or its error.
template<typename T, typename Count>
Result<qint64> counted(const Result<T> &result, Count count)
{
    if (!result.ok())
        return result.error();
    return qint64(count(result.value()));
}

// One limit at its edge: `read` accepts the input with the limit at the
// edge (`atLimit`), and refuses it with the limit one lower (`overLimit`),
// with `code` and a message holding each of `named`.
struct LimitEdge
{
    Limits atLimit;
    Limits overLimit;
    Read read;
    qint64 count = 0; // what the accepted read counts
    ErrorCode code = ErrorCode::None;
    QStringList named; // the lowered limit, then what else the message names
};

template<typename Value>
LimitEdge limitEdge(Value Limits::*limit, std::type_identity_t<Value> edge, Read read, qint64 count,
    ErrorCode code, const QStringList &alsoNamed = {})
{
    LimitEdge row { {}, {}, std::move(read), count, code,
        QStringList { QString::number(edge - 1) } + alsoNamed };
    row.atLimit.*limit = edge;
    row.overLimit.*limit = edge - 1;
    return row;
}

} // namespace

Q_DECLARE_METATYPE(LimitEdge)

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
    // The limits one read of a crafted input shows at their edge. The cases
    // after this one check more: a probe first, an open then a read, or
    // what the tree and the item model show.
    void limitAtItsEdge_data()
    {
        QTest::addColumn<LimitEdge>("row");
        const auto openSkops = [](const QString &path) -> Read {
            return [path](const Limits &limits) {
                return counted(SkopsFile::open(path, limits),
                    [](const auto &file) { return file->tree().nodeCount(); });
            };
        };

        const QByteArray schema = listSchema(3);
        QTest::newRow("schema size") << limitEdge(&Limits::maxSchemaBytes, quint64(schema.size()),
            openSkops(write(QStringLiteral("schema.skops"), buildSkops(schema))), 4,
            ErrorCode::SchemaTooLarge, { QStringLiteral("schema.json") });

        // UTF-16 of a text whose characters mostly take 3 bytes in UTF-8:
        // the decoded copy grows past the stored size and is held to the
        // same limit.
        const QByteArray euros = schema::root(
            schema::list({ schema::json("\\\"" + QString(400, QChar(0x20AC)).toUtf8() + "\\\"") }));
        QStringEncoder utf16(QStringConverter::Utf16LE);
        const QByteArray eurosUtf16 = utf16(QString::fromUtf8(euros));
        QVERIFY(eurosUtf16.size() < euros.size());
        QTest::newRow("schema size once decoded")
            << limitEdge(&Limits::maxSchemaBytes, quint64(euros.size()),
                   openSkops(write(QStringLiteral("utf16.skops"), buildSkops(eurosUtf16))), 2,
                   ErrorCode::SchemaTooLarge,
                   { QStringLiteral("schema.json"), QStringLiteral("UTF-16-LE") });

        // The root object plus 20 nested arrays: 21 levels.
        const QByteArray deep = "{\"__class__\": \"list\", \"__module__\": \"builtins\", "
                                "\"__loader__\": \"ListNode\", \"content\": [], \"protocol\": 2, "
                                "\"pad\": "
            + QByteArray(20, '[') + QByteArray(20, ']') + "}";
        QTest::newRow("nesting depth") << limitEdge(&Limits::maxJsonDepth, 21,
            openSkops(write(QStringLiteral("deep.skops"), buildSkops(deep))), 1,
            ErrorCode::TooDeep);

        QTest::newRow("node count") << limitEdge(&Limits::maxNodes, 10,
            openSkops(write(QStringLiteral("nodes.skops"), buildSkops(listSchema(9)))), 10,
            ErrorCode::TooManyNodes);

        QList<ArchiveEntry> members;
        for (int i = 0; i < 4; ++i)
            members.append({QStringLiteral("m%1.bin").arg(i), "x", false});
        // Four members plus schema.json.
        QTest::newRow("member count") << limitEdge(&Limits::maxMembers, 5,
            openSkops(write(QStringLiteral("members.skops"), buildSkops(listSchema(1), members))),
            2, ErrorCode::TooManyMembers);

        const QString memberZip = write(QStringLiteral("member.zip"),
            buildArchive({ { QStringLiteral("a.bin"), QByteArray(1000, 'a'), false } }));
        QTest::newRow("member size") << limitEdge(&Limits::maxMemberBytes, 1000,
            [memberZip](const Limits &limits) {
                return counted(ZipArchive::openFile(memberZip, limits), [](const auto &archive) {
                    return archive->members().front().uncompressedSize;
                });
            },
            1000, ErrorCode::MemberTooLarge, { QStringLiteral("a.bin") });

        const QByteArray npz = csrNpz();
        const auto inner
            = ZipArchive::openBytes(MemberBytes::fromByteArray(npz), QStringLiteral("m.npz"));
        QVERIFY(inner.ok());
        quint64 total = 0;
        for (const ZipMember &member : inner.value()->members()) {
            QCOMPARE(member.method, quint16(8));
            total += member.uncompressedSize;
        }
        // Each member alone is far below the budget; all five together hit it.
        QTest::newRow("inflated bytes for one sparse view")
            << limitEdge(&Limits::maxInflatedBytes, total,
                   [npz](const Limits &limits) {
                       return counted(SparseMatrix::fromNpz(MemberBytes::fromByteArray(npz),
                                          QStringLiteral("m.npz"), limits),
                           [](const SparseMatrix &matrix) { return matrix.nnz(); });
                   },
                   2, ErrorCode::MemberTooLarge, { QStringLiteral("m.npz") });

        const auto readNpy = [](const QByteArray &bytes) -> Read {
            return [bytes](const Limits &limits) {
                return counted(NpyArray::fromMember(MemberBytes::fromByteArray(bytes), limits),
                    [](const NpyArray &array) { return array.size(); });
            };
        };
        QTest::newRow("array elements") << limitEdge(&Limits::maxArrayElements, 100,
            readNpy(floatNpy(100)), 100, ErrorCode::TooManyElements);

        const auto parseNpyHeader = [](const QByteArray &bytes) -> Read {
            return [bytes](const Limits &limits) {
                return counted(NpyHeader::parse(bytes, limits),
                    [](const NpyHeader &header) { return header.elementCount(); });
            };
        };
        const QByteArray oneFloat = floatNpy(1);
        // Preamble: magic (6), version (2), header length (2), then the text.
        QTest::newRow("npy header bytes") << limitEdge(&Limits::maxNpyHeaderBytes,
            quint64(oneFloat.size() - 10 - 8), parseNpyHeader(oneFloat), 1, ErrorCode::InvalidNpy);

        QTest::newRow("npy dimensions") << limitEdge(&Limits::maxNpyDims, 3,
            parseNpyHeader(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 1), }",
                QByteArray(8, '\0'))),
            1, ErrorCode::InvalidNpy);
    }

    void limitAtItsEdge()
    {
        QFETCH(LimitEdge, row);
        const auto accepted = row.read(row.atLimit);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted.value(), row.count);
        const auto refused = row.read(row.overLimit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, row.code);
        for (const QString &part : row.named)
            QVERIFY2(refused.error().message.contains(part), qPrintable(refused.error().message));
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

    // The archive opens under the lower limit: only the read is refused.
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
