// SHA-256: every engine this CPU runs against the FIPS 180-4 examples and
// Qt's own SHA-256, and the file hash against the corpus oracles.
#include "Sha256.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <thread>

using namespace skops;

namespace {

QByteArray hashWith(Sha256::Engine engine, const QByteArray &bytes, qsizetype piece)
{
    Sha256 hash(engine);
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        hash.addData(bytes.constData() + at, std::size_t(std::min(piece, bytes.size() - at)));
    const Sha256::Digest digest = hash.result();
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()))
        .toHex();
}

QByteArray qtSha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void fipsExamples_data();
    void fipsExamples();
    void everyLengthAndSplitAgainstQt_data();
    void everyLengthAndSplitAgainstQt();
    void fileMatchesOracle();
    void fileLargerThanTheBufferAndPipe();
    void fileStopsWhenCancelled();
    void fileReportsUnreadable();

private:
    void addEngineRows();
};

// One row per engine the CPU runs: the portable code everywhere, the SHA
// extensions on x86 CPUs that have them (this project's CI machines do).
void TestSha256::addEngineRows()
{
    QTest::addColumn<Sha256::Engine>("engine");
    QTest::newRow("portable") << Sha256::Engine::Portable;
    if (Sha256::isAvailable(Sha256::Engine::ShaExtensions))
        QTest::newRow("sha-extensions") << Sha256::Engine::ShaExtensions;
}

void TestSha256::fipsExamples_data()
{
    addEngineRows();
}

// The examples of FIPS 180-2 appendix B and the empty message.
void TestSha256::fipsExamples()
{
    QFETCH(Sha256::Engine, engine);
    QCOMPARE(hashWith(engine, QByteArray(), 1),
        QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(hashWith(engine, QByteArrayLiteral("abc"), 3),
        QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hashWith(engine,
                 QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), 56),
        QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    QCOMPARE(hashWith(engine, QByteArray(1000000, 'a'), 4096),
        QByteArrayLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestSha256::everyLengthAndSplitAgainstQt_data()
{
    addEngineRows();
}

// Every length around the padding boundaries (55/56/64 bytes and their
// multiples), fed whole, byte by byte and in pieces that straddle blocks.
void TestSha256::everyLengthAndSplitAgainstQt()
{
    QFETCH(Sha256::Engine, engine);
    const QByteArray bytes = testdata::patternBytes(1100);
    for (qsizetype length = 0; length <= bytes.size(); ++length) {
        const QByteArray message = bytes.left(length);
        const QByteArray expected = qtSha256(message);
        for (const qsizetype piece :
            { qsizetype(1), qsizetype(63), qsizetype(65), std::max<qsizetype>(length, 1) })
            QVERIFY2(hashWith(engine, message, piece) == expected,
                qPrintable(QStringLiteral("length %1 in pieces of %2").arg(length).arg(piece)));
    }
}

void TestSha256::fileMatchesOracle()
{
    for (const testdata::CorpusFile &corpusFile : testdata::corpusFiles()) {
        const auto sha = Sha256::ofFile(corpusFile.path);
        QVERIFY2(sha.ok(), qPrintable(sha.error().message));
        QCOMPARE(sha.value(),
            QString::fromStdString(testdata::oracle(corpusFile)["sha256"].get<std::string>()));
    }
}

// A file read in many pieces and ending inside one, and a pipe
// (read the same way), against Qt's own SHA-256.
void TestSha256::fileLargerThanTheBufferAndPipe()
{
    const QByteArray content = testdata::patternBytes((5 << 20) / 2 + 12345);
    const QString expected = QString::fromLatin1(qtSha256(content));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("large.bin"), content);
    QVERIFY(!path.isEmpty());
    const auto sha = Sha256::ofFile(path);
    QVERIFY2(sha.ok(), qPrintable(sha.error().message));
    QCOMPARE(sha.value(), expected);

    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    std::thread writer([&] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly))
            out.write(content);
    });
    const auto piped = Sha256::ofFile(fifo);
    writer.join();
    QVERIFY2(piped.ok(), qPrintable(piped.error().message));
    QCOMPARE(piped.value(), expected);
}

void TestSha256::fileStopsWhenCancelled()
{
    const QString path = testdata::corpusFiles().first().path;
    const std::atomic<bool> cancelled { true };
    const auto sha = Sha256::ofFile(path, &cancelled);
    QVERIFY(!sha.ok());
    QCOMPARE(sha.error().code, ErrorCode::Cancelled);
    const std::atomic<bool> running { false };
    QVERIFY(Sha256::ofFile(path, &running).ok());
}

void TestSha256::fileReportsUnreadable()
{
    QTemporaryDir dir;
    const auto sha = Sha256::ofFile(dir.filePath(QStringLiteral("missing.skops")));
    QVERIFY(!sha.ok());
    QCOMPARE(sha.error().code, ErrorCode::FileUnreadable);
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
