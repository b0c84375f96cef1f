// The "Copy Python snippet" text, byte for byte, and Python's escaping of
// the strings in it.
#include "Audit.h"
#include "PythonSnippet.h"
#include "Sha256.h"
#include "SkopsFile.h"
#include "TestData.h"

#include <QTest>

using namespace skops;

class TestPythonSnippet : public QObject
{
    Q_OBJECT

private slots:
    void exactText()
    {
        const QString sha = QStringLiteral("089b6bc2e60d3cf1a702c4364b190645338f01b9630a0e805aba90c810df06e0");
        const std::set<std::string> names{"corpus_custom.Settings", "a.B", "corpus_custom.MyTransformer"};
        QCOMPARE(PythonSnippet::loadCall(QStringLiteral("model.skops"), sha, names),
                 QStringLiteral("# sha256: 089b6bc2e60d3cf1a702c4364b190645338f01b9630a0e805aba90c810df06e0\n"
                                "import skops.io\n"
                                "obj = skops.io.load(\"model.skops\", trusted=[\n"
                                "    \"a.B\",\n"
                                "    \"corpus_custom.MyTransformer\",\n"
                                "    \"corpus_custom.Settings\",\n"
                                "])\n"));
    }

    void noNamesIsAnEmptyList()
    {
        QCOMPARE(PythonSnippet::loadCall(QStringLiteral("m.skops"), QStringLiteral("ab12"), {}),
                 QStringLiteral("# sha256: ab12\nimport skops.io\nobj = skops.io.load(\"m.skops\", trusted=[])\n"));
    }

    // Python's sorted() orders by code point: upper case before lower case,
    // and "é" (U+00E9) after every ASCII letter.
    void namesAreSortedByCodePoint()
    {
        const std::set<std::string> names{"b.X", "a.Y", "B.Z", "\xc3\xa9.A", "a.Y"};
        QCOMPARE(PythonSnippet::loadCall(QStringLiteral("f.skops"), QStringLiteral("00"), names),
                 QStringLiteral("# sha256: 00\nimport skops.io\nobj = skops.io.load(\"f.skops\", trusted=[\n"
                                "    \"B.Z\",\n    \"a.Y\",\n    \"b.X\",\n    \"\\xe9.A\",\n])\n"));
    }

    void stringLiteralsEscapeLikePython_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("corpus_custom.MyTransformer")
                               << QStringLiteral("\"corpus_custom.MyTransformer\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::newRow("single quote stays") << QStringLiteral("it's") << QStringLiteral("\"it's\"");
        QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\rc\td")
                                             << QStringLiteral("\"a\\nb\\rc\\td\"");
        QTest::newRow("control and delete") << QString(QChar(0x01)) + QChar(0x7f) + QChar(0x1b)
                                            << QStringLiteral("\"\\x01\\x7f\\x1b\"");
        QTest::newRow("latin-1") << QString(QChar(0xe9)) + QChar(0xa0) << QStringLiteral("\"\\xe9\\xa0\"");
        QTest::newRow("bidi override") << QStringLiteral("Evil") + QChar(0x202e) + QStringLiteral("ssalC")
                                       << QStringLiteral("\"Evil\\u202essalC\"");
        QTest::newRow("cyrillic look-alike") << QString(QChar(0x0430)) + QStringLiteral(".B")
                                             << QStringLiteral("\"\\u0430.B\"");
        QTest::newRow("astral") << QString::fromUcs4(U"\U0001F600") << QStringLiteral("\"\\U0001f600\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }
    void stringLiteralsEscapeLikePython()
    {
        QFETCH(QString, text);
        QFETCH(QString, literal);
        QCOMPARE(PythonSnippet::stringLiteral(text), literal);
    }

    void fileNameIsEscaped()
    {
        const QString snippet =
            PythonSnippet::loadCall(QStringLiteral("my \"best\"\nmodel.skops"), QStringLiteral("ff"), {"a.B"});
        QCOMPARE(snippet.split(QLatin1Char('\n')).at(2),
                 QStringLiteral("obj = skops.io.load(\"my \\\"best\\\"\\nmodel.skops\", trusted=["));
        // Five lines: the escaped line break in the name adds none.
        QCOMPARE(snippet.count(QLatin1Char('\n')), 5);
    }

    // The snippet for a real file: skops' own untrusted list (the oracle)
    // and the file's hash as the cross oracle records it.
    void forACorpusFile()
    {
        const QString stem = QStringLiteral("custom_untrusted_transformer");
        const auto file = SkopsFile::open(testdata::dataDir() + QStringLiteral("/corpus/") + stem + QStringLiteral(".skops"));
        QVERIFY(file.ok());
        const auto sha = Sha256::ofFile(file.value()->path());
        QVERIFY(sha.ok());
        const auto cross = testdata::readJsonFile(testdata::dataDir() + QStringLiteral("/corpus/expected-cross/") + stem
                                                  + QStringLiteral(".json"));
        QCOMPARE(sha.value().toStdString(), cross["sha256"].get<std::string>());
        const auto profile = TrustProfile::builtin(QStringLiteral("numpy1-sklearn1.2")).value();
        const Audit audit = Audit::run(file.value()->tree(), *profile);
        const std::set<std::string> names(audit.untrustedTypes().begin(), audit.untrustedTypes().end());
        QCOMPARE(PythonSnippet::loadCall(file.value()->fileName(), sha.value(), names),
                 QStringLiteral("# sha256: ") + QString::fromStdString(cross["sha256"].get<std::string>())
                     + QStringLiteral("\nimport skops.io\n"
                                      "obj = skops.io.load(\"custom_untrusted_transformer.skops\", trusted=[\n"
                                      "    \"corpus_custom.MyTransformer\",\n"
                                      "    \"corpus_custom.Settings\",\n"
                                      "])\n"));
    }
};

QTEST_GUILESS_MAIN(TestPythonSnippet)
#include "tst_pythonsnippet.moc"
