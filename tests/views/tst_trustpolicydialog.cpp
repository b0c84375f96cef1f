// Preferences ▸ Trust policy driven with keys and mouse: adding validated
// entries, removing, importing and exporting policy files, choosing the
// allow-list profile, and OK versus Cancel.
#include "PolicyStore.h"
#include "TrustPolicyDialog.h"
#include "TrustProfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace skops;

namespace {

QStringList entryNames(const TrustPolicyDialog &dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.entryTable()->rowCount(); ++row)
        names << dialog.entryTable()->item(row, TrustPolicyDialog::NameColumn)->text();
    return names;
}

bool showAndActivate(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

} // namespace

class TestTrustPolicyDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trustpolicydialog"));
        QVERIFY(PolicyStore::defaultPath().contains(QLatin1String("qttest")));
    }

    void init()
    {
        QFile::remove(PolicyStore::defaultPath());
        QSettings().clear();
    }
    void cleanupTestCase()
    {
        QFile::remove(PolicyStore::defaultPath());
        QSettings().clear();
    }

    void addsValidatedEntriesFromTheKeyboard()
    {
        TrustPolicyDialog dialog;
        QVERIFY(showAndActivate(dialog));
        QCOMPARE(dialog.entryTable()->rowCount(), 0);

        dialog.nameEdit()->setFocus();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("corpus_*.X"));
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("corpus_custom"));
        QVERIFY(!dialog.addButton()->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral(".*"));
        QVERIFY(dialog.addButton()->isEnabled());
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("our transformers"));
        // Enter adds the entry and does not close the dialog.
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(entryNames(dialog), QStringList{QStringLiteral("corpus_custom.*")});
        QCOMPARE(dialog.entryTable()->item(0, TrustPolicyDialog::RuleColumn)->text(), QStringLiteral("prefix rule"));
        QCOMPARE(dialog.entryTable()->item(0, TrustPolicyDialog::NoteColumn)->text(), QStringLiteral("our transformers"));
        QCOMPARE(dialog.entryTable()->item(0, TrustPolicyDialog::AddedColumn)->text(),
                 QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(dialog.nameEdit()->text().isEmpty());

        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("numpy.mean"));
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(entryNames(dialog), (QStringList{QStringLiteral("corpus_custom.*"), QStringLiteral("numpy.mean")}));
        QCOMPARE(dialog.entryTable()->item(1, TrustPolicyDialog::RuleColumn)->text(), QStringLiteral("exact name"));
        // The same name twice is refused.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("numpy.mean"));
        QVERIFY(!dialog.addButton()->isEnabled());

        // Nothing is saved before OK.
        QVERIFY(!QFile::exists(PolicyStore::defaultPath()));
        QSignalSpy saved(&dialog, &TrustPolicyDialog::policySaved);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        const auto policy = TrustPolicy::load(PolicyStore::defaultPath());
        QVERIFY(policy.ok());
        QCOMPARE(policy->entries().size(), std::size_t(2));
        QVERIFY(policy->matches("corpus_custom.MyTransformer"));
        QVERIFY(!policy->matches("corpus_customx.A"));
        QCOMPARE(policy->entries()[0].note, QStringLiteral("our transformers"));
    }

    void removesSelectedEntries()
    {
        TrustPolicy policy;
        for (const char *name : {"a.B", "c.D", "e.*"})
            QVERIFY(policy.add({QLatin1String(name), QString(), QDate()}).ok());
        QVERIFY(PolicyStore().save(policy).ok());

        TrustPolicyDialog dialog;
        QVERIFY(showAndActivate(dialog));
        QCOMPARE(entryNames(dialog), (QStringList{QStringLiteral("a.B"), QStringLiteral("c.D"), QStringLiteral("e.*")}));
        QVERIFY(!dialog.removeButton()->isEnabled());
        QTableWidget *table = dialog.entryTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualItemRect(table->item(1, TrustPolicyDialog::RuleColumn)).center());
        QVERIFY(dialog.removeButton()->isEnabled());
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(entryNames(dialog), (QStringList{QStringLiteral("a.B"), QStringLiteral("e.*")}));

        // Cancel keeps the saved policy as it was.
        dialog.reject();
        QCOMPARE(PolicyStore().load()->entries().size(), std::size_t(3));
    }

    void importsMergeAndExportsWriteTheFormat()
    {
        TrustPolicy mine;
        QVERIFY(mine.add({QStringLiteral("corpus_custom.*"), QStringLiteral("mine"), QDate(2024, 1, 2)}).ok());
        QVERIFY(PolicyStore().save(mine).ok());

        TrustPolicyDialog dialog;
        const QString team = writeFile(
            QStringLiteral("team.json"),
            "{\"trusted\": [{\"name\": \"corpus_custom.*\", \"note\": \"team\"}, \"statistics.median\", "
            "{\"name\": \"mycompany.models.*\", \"note\": \"reviewed\", \"added\": \"2025-02-03\"}]}");
        QVERIFY(dialog.importFrom(team).ok());
        QCOMPARE(entryNames(dialog), (QStringList{QStringLiteral("corpus_custom.*"), QStringLiteral("mycompany.models.*"),
                                                  QStringLiteral("statistics.median")}));
        QCOMPARE(dialog.entryTable()->item(0, TrustPolicyDialog::NoteColumn)->text(), QStringLiteral("mine"));
        QCOMPARE(dialog.entryTable()->item(1, TrustPolicyDialog::AddedColumn)->text(), QStringLiteral("2025-02-03"));

        // A broken file imports nothing.
        const QString broken = writeFile(QStringLiteral("broken.json"), "{\"trusted\": [1]}");
        const Status failed = dialog.importFrom(broken);
        QVERIFY(!failed.ok());
        QCOMPARE(dialog.entryTable()->rowCount(), 3);
        QVERIFY(!dialog.importFrom(m_dir.filePath(QStringLiteral("absent.json"))).ok());

        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(dialog.exportTo(exported).ok());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\n"
                                            "  \"trusted\": [\n"
                                            "    {\n"
                                            "      \"name\": \"corpus_custom.*\",\n"
                                            "      \"note\": \"mine\",\n"
                                            "      \"added\": \"2024-01-02\"\n"
                                            "    },\n"
                                            "    {\n"
                                            "      \"name\": \"mycompany.models.*\",\n"
                                            "      \"note\": \"reviewed\",\n"
                                            "      \"added\": \"2025-02-03\"\n"
                                            "    },\n"
                                            "    {\n"
                                            "      \"name\": \"statistics.median\"\n"
                                            "    }\n"
                                            "  ]\n"
                                            "}\n"));
    }

    void selectsTheProfile()
    {
        QCOMPARE(TrustPolicyDialog::savedProfile(), TrustProfile::defaultName());
        TrustPolicyDialog dialog;
        QVERIFY(showAndActivate(dialog));
        QCOMPARE(dialog.selectedProfile(), TrustProfile::defaultName());
        QCOMPARE(dialog.profileBox()->count(), TrustProfile::builtinNames().size());
        QSignalSpy changed(&dialog, &TrustPolicyDialog::profileChanged);
        QSignalSpy saved(&dialog, &TrustPolicyDialog::policySaved);
        dialog.profileBox()->setFocus();
        const int unionIndex = dialog.profileBox()->findData(QStringLiteral("union"));
        while (dialog.profileBox()->currentIndex() < unionIndex)
            QTest::keyClick(dialog.profileBox(), Qt::Key_Down);
        QCOMPARE(dialog.selectedProfile(), QStringLiteral("union"));
        // Not stored before OK.
        QCOMPARE(TrustPolicyDialog::savedProfile(), TrustProfile::defaultName());
        QTest::keyClick(dialog.profileBox(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("trust/profile")).toString(), QStringLiteral("union"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("union"));
        // An unchanged policy is not rewritten.
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(PolicyStore::defaultPath()));
    }

    void anUnreadableSavedPolicyIsReported()
    {
        QVERIFY(QDir().mkpath(QFileInfo(PolicyStore::defaultPath()).absolutePath()));
        QFile file(PolicyStore::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        TrustPolicyDialog dialog;
        QCOMPARE(dialog.entryTable()->rowCount(), 0);
        bool reported = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            reported = reported || (label->isVisibleTo(&dialog) && label->text().contains(QLatin1String("cannot be read")));
        QVERIFY(reported);
        // Cancel leaves the file alone.
        dialog.reject();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not json"));
    }
};

QTEST_MAIN(TestTrustPolicyDialog)
#include "tst_trustpolicydialog.moc"
