// The German and French translations: skops-inspect follows the locale of
// its environment, the window speaks German once AppTranslator installed the
// German catalogs (Qt's own included), and no TS entry is left unfinished or
// drops a placeholder. The expected texts are written here independently of
// the TS files.
#include "AppTranslator.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"
#include "TestData.h"
#include "TrustApprovalDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

#include <algorithm>

using namespace skops;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// skops-inspect with the locale variables of a user whose desktop speaks `locale`.
Run inspectIn(const QString &locale, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), locale + QStringLiteral(".UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), locale + QStringLiteral(".UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SKOPS_INSPECT_EXE), arguments);
    process.waitForFinished(60'000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// One <message> of a TS file: its source and every translated form.
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;
    QStringList forms;
};

QList<TsMessage> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return xml.hasError() ? QList<TsMessage>() : messages;
}

// The %1…%9 a text uses (with or without L), as a sorted list of digits.
QString placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured(1);
    found.removeDuplicates();
    found.sort();
    return found.join(QLatin1Char(','));
}

// Whether a menu text marks a keyboard accelerator ("&File", not "&&").
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void cliErrorFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("message");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("die Datei existiert nicht");
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("le fichier n'existe pas");
        QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("the file does not exist");
    }

    void cliErrorFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, message);
        const QString missing = QStringLiteral("/nonexistent/no-such-model.skops");
        const Run run = inspectIn(locale, { QStringLiteral("tree"), missing });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString line = QStringLiteral("skops-inspect: %1: %2\n").arg(missing, message);
        QVERIFY2(run.err.contains(line), qPrintable(run.err));
    }

    void cliHelpIsGerman()
    {
        const Run top = inspectIn(QStringLiteral("de_DE"), { QStringLiteral("--help") });
        QCOMPARE(top.exitCode, 0);
        // Ours, then Qt's own (qtbase_de) for the usage line and the standard options.
        QVERIFY2(top.out.contains(QStringLiteral(
                     "scikit-learn-Dateien im .skops-Format ohne Python untersuchen und prüfen.")),
                 qPrintable(top.out));
        QVERIFY(top.out.contains(QStringLiteral("\nBefehle:\n")));
        QVERIFY(top.out.contains(QStringLiteral("Aufruf: ")));
        QVERIFY(top.out.contains(QStringLiteral("Zeigt Hilfe zu den Kommandozeilenoptionen an.")));
        QVERIFY(!top.out.contains(QStringLiteral("Commands:")));

        const Run audit = inspectIn(QStringLiteral("de_DE"), { QStringLiteral("audit"), QStringLiteral("--help") });
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.out.contains(QStringLiteral("Ein JSON-Objekt ausgeben.")), qPrintable(audit.out));
        QVERIFY(audit.out.contains(QStringLiteral("Zeigt Hilfe zu den Kommandozeilenoptionen an.")));
        QVERIFY(audit.out.contains(QStringLiteral("\nOptionen:\n")));
    }

    // What scripts and other programs read stays English in a German session.
    void machineOutputStaysEnglish()
    {
        const QList<testdata::CorpusFile> corpus = testdata::corpusFiles();
        const auto file = std::find_if(corpus.begin(), corpus.end(), [](const testdata::CorpusFile &candidate) {
            return candidate.corpus == QLatin1String("corpus")
                && candidate.stem == QLatin1String("custom_untrusted_transformer");
        });
        QVERIFY(file != corpus.end());
        const Run tree = inspectIn(QStringLiteral("de_DE"),
                                   { QStringLiteral("tree"), file->path, QStringLiteral("--profile"), file->profile });
        QCOMPARE(tree.exitCode, 0);
        QCOMPARE(tree.out.toStdString(), testdata::oracle(*file)["visualize"].get<std::string>());

        const Run sarif = inspectIn(QStringLiteral("de_DE"), { QStringLiteral("audit"), file->path, QStringLiteral("--sarif") });
        QCOMPARE(sarif.exitCode, 1);
        const auto log = nlohmann::json::parse(sarif.out.toStdString());
        const auto &run = log["runs"][0];
        QCOMPARE(run["tool"]["driver"]["rules"][0]["shortDescription"]["text"].get<std::string>(),
                 std::string("Untrusted name: class instantiated"));
        const std::string message = run["results"][0]["message"]["text"].get<std::string>();
        QVERIFY2(message.find("allow-list; skops.io.load refuses the file unless it is trusted.") != std::string::npos,
                 message.c_str());
    }

    void catalogsAreCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/skops-explorer_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/skops-explorer_fr.qm")));
        // English is the language of the sources: there is no catalog to install.
        QVERIFY(!AppTranslator::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    // After the English attempt above, the German catalogs make the window German.
    void windowIsGermanWithTheGermanCatalogs()
    {
        QVERIFY(AppTranslator::install(QLocale(QLocale::German, QLocale::Germany)));

        // A message of the model library, through the real code path.
        const auto missing = SkopsFile::open(QStringLiteral("/nonexistent/no-such-model.skops"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("die Datei existiert nicht"));

        // Qt's own texts come from qtbase_de.
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        // (Desktop themes add an accelerator, the plain one has none.)
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));

        RecentFiles recent;
        MainWindow window(&recent);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(menuTitles(window), QStringList({ QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                                   QStringLiteral("&Ansicht"), QStringLiteral("&Vertrauen"),
                                                   QStringLiteral("&Hilfe") }));
        QMenu *fileMenu = window.menuBar()->actions().first()->menu();
        QStringList fileActions;
        for (const QAction *action : fileMenu->actions())
            fileActions << action->text();
        QVERIFY2(fileActions.contains(QStringLiteral("&Öffnen…")), qPrintable(fileActions.join(QLatin1Char('|'))));
        QVERIFY(fileActions.contains(QStringLiteral("Speichern &unter…")));
        QVERIFY(fileActions.contains(QStringLiteral("Fenster &schließen")));

        // The approval dialog of a file with untrusted types, and the tree's headers.
        window.show();
        QSignalSpy loaded(&window, &MainWindow::fileLoaded);
        const QString path = testdata::dataDir() + QStringLiteral("/corpus/custom_untrusted_transformer.skops");
        window.openFile(path);
        QVERIFY(loaded.wait(20000));
        TrustApprovalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<TrustApprovalDialog *>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(),
                 QStringLiteral("Nicht vertrauenswürdige Typen in custom_untrusted_transformer.skops"));
        QCOMPARE(dialog->button(TrustApprovalDialog::CancelOpening)->text(), QStringLiteral("Öffnen a&bbrechen"));
        QCOMPARE(dialog->button(TrustApprovalDialog::BrowseOnly)->text(), QStringLiteral("&Ansehen ohne Freigabe"));
        dialog->button(TrustApprovalDialog::BrowseOnly)->click();
        const QAbstractItemModel *tree = window.treeView()->model();
        QCOMPARE(tree->headerData(SkopsTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Schlüssel"));
        QCOMPARE(tree->headerData(SkopsTreeModel::TrustColumn, Qt::Horizontal).toString(), QStringLiteral("Vertrauen"));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("skops-explorer_de.ts") << QStringLiteral("de_DE");
        QTest::newRow("French") << QStringLiteral("skops-explorer_fr.ts") << QStringLiteral("fr_FR");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QString declared;
        const QList<TsMessage> messages = readTs(QStringLiteral(SKOPS_TRANSLATIONS_DIR "/") + file, &declared);
        QCOMPARE(declared, language);
        // Every window, dialog, CLI and model text, not a handful.
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const TsMessage &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
            if (!message.translationType.isEmpty())
                problems << QStringLiteral("%1 [%2]").arg(where, message.translationType);
            if (message.forms.size() != (message.numerus ? 2 : 1))
                problems << QStringLiteral("%1 [%2 forms]").arg(where).arg(message.forms.size());
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1 [empty]").arg(where);
                else if (placeholders(form) != placeholders(message.source))
                    problems << QStringLiteral("%1 [placeholders %2]").arg(where, form);
                else if (message.numerus && !form.contains(QLatin1String("%n")))
                    problems << QStringLiteral("%1 [no %n in %2]").arg(where, form);
                else if (hasAccelerator(message.source) != hasAccelerator(form))
                    problems << QStringLiteral("%1 [accelerator %2]").arg(where, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
