// The archive layer: sizes checked before reading, hostile ZIP shapes refused.
#include "ArchiveBuilder.h"
#include "SkopsFile.h"
#include "TestData.h"
#include "ZipArchive.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace skops;
using namespace testdata;

class TestZipArchive : public QObject
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

private slots:
    void readsStoredAndDeflatedMembers()
    {
        const QByteArray payload = QByteArray("abc").repeated(1000);
        const QString path = write(QStringLiteral("two.zip"),
                                   buildArchive({{QStringLiteral("stored.bin"), payload, false},
                                                 {QStringLiteral("deflated.bin"), payload, true}}));
        auto archive = ZipArchive::openFile(path);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        QCOMPARE(archive.value()->members().size(), std::size_t(2));
        for (const ZipMember &member : archive.value()->members()) {
            const auto bytes = archive.value()->read(member);
            QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));
            QCOMPARE(bytes.value().view(), QByteArrayView(payload));
            const auto prefix = archive.value()->readPrefix(member, 5);
            QVERIFY(prefix.ok());
            QVERIFY(prefix.value().size() >= 5);
            QCOMPARE(prefix.value().view().first(5), QByteArrayView("abcab"));
        }
        QCOMPARE(archive.value()->members()[1].method, quint16(8));
    }

    // A pass over many members keeps one member's pages resident: released
    // pages leave the process but read back unchanged from the page cache;
    // owned (inflated) buffers are left alone.
    void releasedPagesLeaveTheProcessAndReadBackUnchanged()
    {
        const QByteArray payload = testdata::patternBytes(8 << 20);
        const QString path = write(QStringLiteral("pages.zip"),
                                   buildArchive({{QStringLiteral("stored.bin"), payload, false},
                                                 {QStringLiteral("deflated.bin"), payload.left(4096), true}}));
        auto archive = ZipArchive::openFile(path);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        const auto stored = archive.value()->read(*archive.value()->find(QStringLiteral("stored.bin")));
        const auto deflated = archive.value()->read(*archive.value()->find(QStringLiteral("deflated.bin")));
        QVERIFY(stored.ok() && deflated.ok());
        QCOMPARE(stored.value().view(), QByteArrayView(payload)); // every page touched

        const qint64 before = testdata::residentBytes();
        archive.value()->releaseResidentPages(stored.value());
        archive.value()->releaseResidentPages(deflated.value());
        const qint64 after = testdata::residentBytes();
        QVERIFY2(before - after >= (6 << 20),
                 qPrintable(QStringLiteral("resident %1 -> %2 bytes").arg(before).arg(after)));
        QCOMPARE(stored.value().view(), QByteArrayView(payload));
        QCOMPARE(deflated.value().view(), QByteArrayView(payload.left(4096)));
    }

    // copyRange reads a STORED member's bytes with pread, leaving the file
    // mapping untouched, and an inflated member's from its buffer.
    void copyRangeReadsWithoutMapping()
    {
        const QByteArray payload = testdata::patternBytes(8 << 20);
        const QString path = write(QStringLiteral("copy.zip"),
                                   buildArchive({{QStringLiteral("stored.bin"), payload, false},
                                                 {QStringLiteral("deflated.bin"), payload.left(100000), true}}));
        auto archive = ZipArchive::openFile(path);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        const auto stored = archive.value()->read(*archive.value()->find(QStringLiteral("stored.bin")), false);
        const auto deflated = archive.value()->read(*archive.value()->find(QStringLiteral("deflated.bin")), false);
        QVERIFY(stored.ok() && deflated.ok());

        const qint64 before = testdata::residentBytes();
        QByteArray piece(64 << 10, Qt::Uninitialized);
        for (qint64 at = 0; at < payload.size(); at += piece.size()) {
            QVERIFY(archive.value()->copyRange(stored.value(), at, piece.data(), piece.size()));
            QVERIFY(piece == QByteArrayView(payload).sliced(at, piece.size()));
        }
        const qint64 after = testdata::residentBytes();
        QVERIFY2(after - before < (1 << 20), qPrintable(QStringLiteral("resident %1 -> %2 bytes").arg(before).arg(after)));

        QByteArray tail(5, Qt::Uninitialized);
        QVERIFY(archive.value()->copyRange(deflated.value(), 99995, tail.data(), 5));
        QCOMPARE(tail, payload.sliced(99995, 5));
        QVERIFY(!archive.value()->copyRange(deflated.value(), 99996, tail.data(), 5));
        QVERIFY(!archive.value()->copyRange(stored.value(), -1, tail.data(), 5));
        QVERIFY(!archive.value()->copyRange(stored.value(), payload.size() - 4, tail.data(), 5));
    }

    void lastDuplicateWinsLikeCPython()
    {
        const QString path = write(QStringLiteral("dup.zip"),
                                   buildArchive({{QStringLiteral("a"), "first", false},
                                                 {QStringLiteral("a"), "second", false}}));
        auto archive = ZipArchive::openFile(path);
        QVERIFY(archive.ok());
        const ZipMember *member = archive.value()->find(QStringLiteral("a"));
        QVERIFY(member);
        QCOMPARE(member->index, 1);
        QVERIFY(archive.value()->members()[0].shadowed);
        QCOMPARE(archive.value()->read(*member).value().view(), QByteArrayView("second"));
    }

    void detectsCorruptedData()
    {
        QByteArray zip = buildArchive({{QStringLiteral("x.bin"), QByteArray(100, 'x'), false}});
        const qsizetype at = zip.indexOf(QByteArray(100, 'x'));
        zip[at + 50] = 'y';
        auto archive = ZipArchive::openFile(write(QStringLiteral("crc.zip"), zip));
        QVERIFY(archive.ok());
        const auto bytes = archive.value()->read(archive.value()->members().front());
        QVERIFY(!bytes.ok());
        QVERIFY(bytes.error().message.contains(QLatin1String("CRC")));
    }

    void refusesHostileArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QByteArray valid = buildSkops("{}");
        QTest::newRow("empty file") << QByteArray() << int(ErrorCode::NotAZip) << QStringLiteral("empty");
        QTest::newRow("not a zip") << QByteArray("this is plain text, not an archive\n").repeated(10) << int(ErrorCode::NotAZip) << QStringLiteral("not a ZIP");
        QTest::newRow("truncated zip") << valid.left(valid.size() / 2) << int(ErrorCode::CorruptZip) << QStringLiteral("damaged");
        QTest::newRow("dot-dot name") << buildArchive({{QStringLiteral("../evil"), "x", false}}) << int(ErrorCode::UnsafeMemberName) << QStringLiteral("../evil");
        QTest::newRow("absolute name") << buildArchive({{QStringLiteral("/etc/passwd"), "x", false}}) << int(ErrorCode::UnsafeMemberName) << QStringLiteral("/etc/passwd");

        QByteArray bomb = buildArchive({{QStringLiteral("bomb.bin"), QByteArray(100'000, '\0'), true}});
        patchCentralDirectory(bomb, 0, 24, 0xFFFFFFF0u); // declares ~4 GiB from ~100 bytes
        QTest::newRow("zip bomb") << bomb << int(ErrorCode::ZipBomb) << QStringLiteral("zip bomb");

        QByteArray liar = buildArchive({{QStringLiteral("a.bin"), QByteArray(1000, 'a'), false}});
        patchCentralDirectory(liar, 0, 24, 2000);
        QTest::newRow("stored size mismatch") << liar << int(ErrorCode::CorruptZip) << QStringLiteral("two different sizes");

        QByteArray huge = buildArchive({{QStringLiteral("a.bin"), QByteArray(1000, 'a'), false}});
        patchCentralDirectory(huge, 0, 20, 0x7FFFFFFFu);
        patchCentralDirectory(huge, 0, 24, 0x7FFFFFFFu);
        QTest::newRow("sizes beyond the file") << huge << int(ErrorCode::CorruptZip) << QStringLiteral("more compressed bytes");
    }
    void refusesHostileArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto archive = ZipArchive::openFile(write(QStringLiteral("hostile.zip"), bytes));
        QVERIFY(!archive.ok());
        QCOMPARE(int(archive.error().code), code);
        QVERIFY2(archive.error().message.contains(message), qPrintable(archive.error().message));
    }

    void refusesTooManyMembers()
    {
        QList<ArchiveEntry> entries;
        for (int i = 0; i < 11; ++i)
            entries.append({QStringLiteral("m%1").arg(i), "x", false});
        const QString path = write(QStringLiteral("many.zip"), buildArchive(entries));
        Limits limits;
        limits.maxMembers = 10;
        QCOMPARE(ZipArchive::openFile(path, limits).error().code, ErrorCode::TooManyMembers);
        limits.maxMembers = 11;
        QVERIFY(ZipArchive::openFile(path, limits).ok());
    }

    void refusesMissingFileAndFolder()
    {
        QCOMPARE(ZipArchive::openFile(m_dir.filePath(QStringLiteral("nope.skops"))).error().code,
                 ErrorCode::FileNotFound);
        QCOMPARE(ZipArchive::openFile(m_dir.path()).error().code, ErrorCode::FileUnreadable);
    }

    // Reading a FIFO blocks until a writer comes, and a device may never
    // end: both are refused before they are opened, in well under the time
    // a blocked open would take.
    void refusesFifoAndDevice()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.skops"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
            const auto archive = ZipArchive::openFile(path);
            QVERIFY(!archive.ok());
            QCOMPARE(archive.error().code, ErrorCode::FileUnreadable);
            QVERIFY2(archive.error().message.contains(QStringLiteral("not a regular file")),
                     qPrintable(archive.error().message));
        }
        QVERIFY(timer.elapsed() < 2000);
    }

    void skopsFileNeedsSchema()
    {
        const QString path = write(QStringLiteral("noschema.skops"),
                                   buildArchive({{QStringLiteral("other.json"), "{}", false}}));
        const auto file = SkopsFile::open(path);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::MissingSchema);
        QVERIFY(file.error().message.contains(QLatin1String("schema.json")));
    }

    void skopsFileRefusesOversizedSchema()
    {
        const QByteArray schema = "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", \"content\": [], \"protocol\": 2, \"pad\": \""
                                  + QByteArray(2000, ' ') + "\"}";
        const QString path = write(QStringLiteral("big.skops"), buildSkops(schema));
        Limits limits;
        limits.maxSchemaBytes = 1000;
        QCOMPARE(SkopsFile::open(path, limits).error().code, ErrorCode::SchemaTooLarge);
        QVERIFY(SkopsFile::open(path).ok());
    }

    // The CRC pass over a large STORED member hands its pages back behind
    // itself: the peak grows by a step or two, not by the member. (The page
    // cache's large folios map up to a few MB per fault, hence the margin.)
    void checkingALargeMemberKeepsLittleResident()
    {
        QByteArray payload = testdata::patternBytes(16 << 20);
        const QString path = write(QStringLiteral("crc.zip"), buildArchive({{QStringLiteral("stored.bin"), payload, false}}));
        payload.clear();
        auto archive = ZipArchive::openFile(path);
        QVERIFY2(archive.ok(), qPrintable(archive.error().message));
        QVERIFY(testdata::resetPeakResidentBytes());
        const qint64 start = testdata::peakResidentBytes();
        const auto checked = archive.value()->read(*archive.value()->find(QStringLiteral("stored.bin")));
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));
        const qint64 peak = testdata::peakResidentBytes();
        QVERIFY2(peak - start < (8 << 20), qPrintable(QStringLiteral("peak %1 -> %2 bytes").arg(start).arg(peak)));
    }

    // Opening reads a STORED schema.json three times (CRC, counting, parse)
    // and keeps only a few hundred KB of it resident at any time. The
    // schema here is mostly indentation between 12,000 values, so its
    // parsed form is small.
    void openingKeepsLittleOfALargeSchemaResident()
    {
        QByteArray padding = "[null";
        for (int i = 1; i < 12000; ++i)
            padding += QByteArray(2000, ' ') + ", null";
        const QByteArray schema = "{\"__class__\": \"list\", \"__module__\": \"builtins\", \"__loader__\": \"ListNode\", "
                                  "\"content\": [], \"protocol\": 2, \"pad\": " + padding + "]}";
        padding.clear();
        const QString path = write(QStringLiteral("spacious.skops"), buildSkops(schema));
        QVERIFY(testdata::resetPeakResidentBytes());
        const qint64 start = testdata::peakResidentBytes();
        const auto file = SkopsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QCOMPARE(file.value()->tree().nodeCount(), std::size_t(1));
        const qint64 peak = testdata::peakResidentBytes();
        QVERIFY2(peak - start < (8 << 20), qPrintable(QStringLiteral("peak %1 -> %2 bytes").arg(start).arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
