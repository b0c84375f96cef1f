// The trust-approval dialog driven as a user drives it, with keys and mouse:
// approving changes the audit and the tree's trust role, remembering writes
// the policy into the (test-mode) config folder and the next open applies
// it, cancelling changes nothing, and every path is a working link.
#include "ModelRoles.h"
#include "PolicyStore.h"
#include "Sha256.h"
#include "SkopsTreeModel.h"
#include "TestData.h"
#include "TrustApprovalDialog.h"
#include "UntrustedNameInfo.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace skops;

namespace {

const QString kProfile = QStringLiteral("numpy1-sklearn1.2");
const std::string kTransformer = "corpus_custom.MyTransformer";
const std::string kSettings = "corpus_custom.Settings";

QString corpusPath(const char *stem)
{
    return testdata::dataDir() + QStringLiteral("/corpus/%1.skops").arg(QLatin1String(stem));
}

std::vector<std::string> oracleUntrusted(const char *stem)
{
    testdata::CorpusFile file;
    file.corpus = QStringLiteral("corpus");
    file.stem = QLatin1String(stem);
    return testdata::oracle(file)["untrusted_types"].get<std::vector<std::string>>();
}

// One open file as the main window holds it: the tree model (checked by
// QAbstractItemModelTester from before its data is set) and its profile.
struct OpenFile {
    std::unique_ptr<SkopsTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::shared_ptr<const TrustProfile> profile;

    explicit OpenFile(const char *stem)
        : model(std::make_unique<SkopsTreeModel>())
        , tester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal))
        , profile(TrustProfile::builtin(kProfile).value())
    {
        model->setFile(SkopsFile::open(corpusPath(stem)).value(), profile);
    }

    // What the main window does on open: approve what the saved policy approves.
    void applySavedPolicy()
    {
        const auto policy = PolicyStore().load();
        model->setApprovedNames(policy.value().approvedAmong(model->defaultAudit().untrustedTypes()));
    }

    TrustApprovalRequest request() const
    {
        TrustApprovalRequest request;
        request.fileName = model->file()->fileName();
        request.sha256 = Sha256::ofFile(model->file()->path()).value();
        request.profileName = profile->name();
        request.names = UntrustedNameInfo::collect(model->file()->tree(), model->defaultAudit(), *profile);
        request.approved = model->approvedNames();
        return request;
    }

    TrustState stateAt(const QString &path)
    {
        const QModelIndex index = model->indexForPath(path);
        return TrustState(index.data(TrustStateRole).toInt());
    }
};

int rowOf(const TrustApprovalDialog &dialog, const std::string &name)
{
    const QTableWidget *table = dialog.nameTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, TrustApprovalDialog::NameColumn)->data(Qt::UserRole).toString().toStdString() == name)
            return row;
    }
    return -1;
}

void clickRow(TrustApprovalDialog &dialog, int row)
{
    QTableWidget *table = dialog.nameTable();
    const QRect rect = table->visualItemRect(table->item(row, TrustApprovalDialog::KindColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

bool showAndFocus(TrustApprovalDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog)
           && QTest::qWaitFor([&] { return dialog.nameTable()->hasFocus(); });
}

} // namespace

class TestTrustApprovalDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkopsExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trustapprovaldialog"));
        // Test mode keeps the policy away from the user's real config.
        QVERIFY(PolicyStore::defaultPath().contains(QLatin1String("qttest")));
    }

    void init() { QFile::remove(PolicyStore::defaultPath()); }
    void cleanupTestCase() { QFile::remove(PolicyStore::defaultPath()); }

    void listsEachUntrustedNameWithItsDetails()
    {
        OpenFile open("custom_untrusted_transformer");
        TrustApprovalDialog dialog(open.request());
        const QTableWidget *table = dialog.nameTable();
        QCOMPARE(table->rowCount(), 2);
        std::vector<std::string> names;
        for (int row = 0; row < table->rowCount(); ++row) {
            names.push_back(table->item(row, TrustApprovalDialog::NameColumn)->data(Qt::UserRole).toString().toStdString());
            QCOMPARE(table->item(row, TrustApprovalDialog::NameColumn)->checkState(), Qt::Unchecked);
            QCOMPARE(table->item(row, TrustApprovalDialog::KindColumn)->text(),
                     UntrustedNameInfo::kindLabel(ReferenceKind::Instance));
            QCOMPARE(table->item(row, TrustApprovalDialog::OccurrencesColumn)->text(), QStringLiteral("1"));
        }
        QCOMPARE(names, oracleUntrusted("custom_untrusted_transformer"));
        // The safe choice is the default; nothing to remember while nothing is checked.
        QVERIFY(dialog.button(TrustApprovalDialog::BrowseOnly)->isDefault());
        QVERIFY(!dialog.button(TrustApprovalDialog::ApproveAndRemember)->isEnabled());
        QVERIFY(!dialog.button(TrustApprovalDialog::ApproveForFile)->isEnabled());
        // The details of the first name: its raw fields as Python literals.
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("details"))->text();
        QVERIFY2(details.contains(QLatin1String("&quot;corpus_custom&quot;")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("&quot;MyTransformer&quot;")));
        QVERIFY(details.contains(QLatin1String("ObjectNode")));
        QCOMPARE(dialog.pathList()->count(), 1);
        QCOMPARE(dialog.pathList()->item(0)->text(), QStringLiteral("/content/content/steps/content/0/content/1"));
    }

    void approvingOneNameChangesAuditAndTrustRole()
    {
        OpenFile open("custom_untrusted_transformer");
        const QString transformerPath = QStringLiteral("/content/content/steps/content/0/content/1");
        const QString settingsPath = transformerPath + QStringLiteral("/content/content/settings");
        QCOMPARE(open.stateAt(transformerPath), TrustState::Untrusted);
        QCOMPARE(open.stateAt(settingsPath), TrustState::Untrusted);

        TrustApprovalDialog dialog(open.request());
        QSignalSpy decided(&dialog, &TrustApprovalDialog::decided);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(dialog.nameTable()->currentRow(), rowOf(dialog, kTransformer));
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QCOMPARE(dialog.selectedNames(), std::set<std::string>{kTransformer});
        QVERIFY(dialog.button(TrustApprovalDialog::ApproveForFile)->isEnabled());
        QTest::mouseClick(dialog.button(TrustApprovalDialog::ApproveForFile), Qt::LeftButton);

        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.decision(), TrustApprovalDialog::ApproveForFile);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.at(0).at(0).value<TrustApprovalDialog::Decision>(), TrustApprovalDialog::ApproveForFile);
        // Approving for this file writes nothing.
        QVERIFY(!QFile::exists(PolicyStore::defaultPath()));

        open.model->setApprovedNames(dialog.selectedNames());
        QCOMPARE(open.model->audit().untrustedTypes(), std::vector<std::string>{kSettings});
        QCOMPARE(open.stateAt(transformerPath), TrustState::Approved);
        QCOMPARE(open.stateAt(settingsPath), TrustState::Untrusted);
        QCOMPARE(open.model->defaultAudit().untrustedTypes(), oracleUntrusted("custom_untrusted_transformer"));
    }

    void keyboardAloneCanApproveTheSecondName()
    {
        OpenFile open("custom_untrusted_transformer");
        TrustApprovalDialog dialog(open.request());
        QVERIFY(showAndFocus(dialog));
        QTest::keyClick(dialog.nameTable(), Qt::Key_Down);
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QCOMPARE(dialog.selectedNames(), std::set<std::string>{kSettings});
        // Space again unchecks, and again checks.
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QVERIFY(dialog.selectedNames().empty());
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        // Tab through to the approve button and press it.
        QPushButton *approve = dialog.button(TrustApprovalDialog::ApproveForFile);
        for (int step = 0; step < 10 && !approve->hasFocus(); ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(approve->hasFocus());
        QTest::keyClick(approve, Qt::Key_Space);
        QCOMPARE(dialog.decision(), TrustApprovalDialog::ApproveForFile);
        QCOMPARE(dialog.selectedNames(), std::set<std::string>{kSettings});
    }

    void enterAndEscapeBrowseWithoutApproving_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("enter") << int(Qt::Key_Return);
        QTest::newRow("escape") << int(Qt::Key_Escape);
    }
    void enterAndEscapeBrowseWithoutApproving()
    {
        QFETCH(int, key);
        OpenFile open("custom_untrusted_transformer");
        TrustApprovalDialog dialog(open.request());
        QVERIFY(showAndFocus(dialog));
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QTest::keyClick(dialog.nameTable(), Qt::Key(key));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.decision(), TrustApprovalDialog::BrowseOnly);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(PolicyStore::defaultPath()));
    }

    void cancelChangesNothing()
    {
        OpenFile open("custom_untrusted_transformer");
        open.model->setApprovedNames({kSettings});
        TrustApprovalDialog dialog(open.request());
        QVERIFY(showAndFocus(dialog));
        // The earlier approval shows as checked.
        QCOMPARE(dialog.selectedNames(), std::set<std::string>{kSettings});
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QTest::mouseClick(dialog.button(TrustApprovalDialog::CancelOpening), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.decision(), TrustApprovalDialog::CancelOpening);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(PolicyStore::defaultPath()));
        QCOMPARE(open.model->approvedNames(), std::set<std::string>{kSettings});
        QCOMPARE(open.model->audit().untrustedTypes(), std::vector<std::string>{kTransformer});
    }

    void rememberWritesThePolicyAndTheNextOpenAppliesIt()
    {
        {
            OpenFile open("custom_untrusted_transformer");
            TrustApprovalDialog dialog(open.request());
            QVERIFY(showAndFocus(dialog));
            QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
            QTest::keyClick(dialog.nameTable(), Qt::Key_Down);
            QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
            QVERIFY(dialog.button(TrustApprovalDialog::ApproveAndRemember)->isEnabled());
            QTest::mouseClick(dialog.button(TrustApprovalDialog::ApproveAndRemember), Qt::LeftButton);
            QCOMPARE(dialog.decision(), TrustApprovalDialog::ApproveAndRemember);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.selectedNames(), (std::set<std::string>{kTransformer, kSettings}));
        }

        // The policy file: both names, exact, dated today, noting the file and its hash.
        QVERIFY(QFile::exists(PolicyStore::defaultPath()));
        const auto saved = TrustPolicy::load(PolicyStore::defaultPath());
        QVERIFY(saved.ok());
        QCOMPARE(saved->entries().size(), std::size_t(2));
        const auto cross = testdata::readJsonFile(testdata::dataDir()
                                                  + QStringLiteral("/corpus/expected-cross/custom_untrusted_transformer.json"));
        for (const TrustPolicyEntry &entry : saved->entries()) {
            QVERIFY(!entry.isPrefixRule());
            QCOMPARE(entry.added, QDate::currentDate());
            QVERIFY(entry.note.contains(QLatin1String("custom_untrusted_transformer.skops")));
            QVERIFY(entry.note.contains(QString::fromStdString(cross["sha256"].get<std::string>())));
        }
        QCOMPARE(saved->entries()[0].name.toStdString(), kTransformer);
        QCOMPARE(saved->entries()[1].name.toStdString(), kSettings);

        // Next open of the same file: nothing untrusted remains, and the
        // dialog shows both names as remembered and checked.
        OpenFile again("custom_untrusted_transformer");
        again.applySavedPolicy();
        QVERIFY(again.model->audit().untrustedTypes().empty());
        QCOMPARE(again.stateAt(QStringLiteral("/content/content/steps/content/0/content/1")), TrustState::Approved);
        TrustApprovalDialog dialog(again.request());
        QCOMPARE(dialog.selectedNames(), (std::set<std::string>{kTransformer, kSettings}));
        QVERIFY(dialog.nameTable()->item(0, TrustApprovalDialog::NoteColumn)->text().contains(QLatin1String("remembered")));

        // Another file sharing one of the names: only that one is approved.
        OpenFile other("misc_untrusted_objects");
        other.applySavedPolicy();
        std::vector<std::string> expected;
        for (const std::string &name : oracleUntrusted("misc_untrusted_objects")) {
            if (name != kSettings)
                expected.push_back(name);
        }
        QCOMPARE(other.model->audit().untrustedTypes(), expected);
        QCOMPARE(other.model->approvedNames(), std::set<std::string>{kSettings});
    }

    void rememberKeepsTheEntriesAlreadyThere()
    {
        TrustPolicy team;
        QVERIFY(team.add({QStringLiteral("sklearn.utils.*"), QStringLiteral("team rule"), QDate(2024, 5, 6)}).ok());
        QVERIFY(PolicyStore().save(team).ok());

        OpenFile open("custom_untrusted_transformer");
        TrustApprovalDialog dialog(open.request());
        QVERIFY(showAndFocus(dialog));
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QTest::mouseClick(dialog.button(TrustApprovalDialog::ApproveAndRemember), Qt::LeftButton);
        const auto saved = PolicyStore().load();
        QVERIFY(saved.ok());
        QCOMPARE(saved->entries().size(), std::size_t(2));
        QCOMPARE(saved->entries()[0].name.toStdString(), kTransformer);
        QCOMPARE(saved->entries()[1].name, QStringLiteral("sklearn.utils.*"));
        QCOMPARE(saved->entries()[1].note, QStringLiteral("team rule"));
        QCOMPARE(saved->entries()[1].added, QDate(2024, 5, 6));
    }

    void anUnreadablePolicyIsNeverOverwritten()
    {
        QVERIFY(QDir().mkpath(QFileInfo(PolicyStore::defaultPath()).absolutePath()));
        QFile file(PolicyStore::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"trusted\": [");
        file.close();

        OpenFile open("custom_untrusted_transformer");
        TrustApprovalDialog dialog(open.request());
        QVERIFY(showAndFocus(dialog));
        QTest::keyClick(dialog.nameTable(), Qt::Key_Space);
        QVERIFY(!dialog.button(TrustApprovalDialog::ApproveAndRemember)->isEnabled());
        QVERIFY(dialog.button(TrustApprovalDialog::ApproveForFile)->isEnabled());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"trusted\": ["));
    }

    void pathsAreLinksForMouseAndKeyboard()
    {
        OpenFile open("partial_and_operator_funcs");
        TrustApprovalDialog dialog(open.request());
        QSignalSpy activated(&dialog, &TrustApprovalDialog::pathActivated);
        QVERIFY(showAndFocus(dialog));
        // functools.partial occurs four times (format doc §5.13: PartialNode).
        const int row = rowOf(dialog, "functools.partial");
        QVERIFY(row >= 0);
        clickRow(dialog, row);
        QCOMPARE(dialog.nameTable()->item(row, TrustApprovalDialog::OccurrencesColumn)->text(), QStringLiteral("4"));
        QCOMPARE(dialog.pathList()->count(), 4);
        const QStringList expected{QStringLiteral("/content/partial_ufunc"), QStringLiteral("/content/partial_custom"),
                                   QStringLiteral("/content/partial_builtin"),
                                   QStringLiteral("/content/transformer/content/content/func")};
        QStringList shown;
        for (int i = 0; i < dialog.pathList()->count(); ++i)
            shown << dialog.pathList()->item(i)->text();
        QCOMPARE(shown, expected);

        QListWidget *paths = dialog.pathList();
        QTest::mouseClick(paths->viewport(), Qt::LeftButton, Qt::NoModifier, paths->visualItemRect(paths->item(2)).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), expected.at(2));
        // Each path selects a node of the file's tree.
        for (const QString &path : expected)
            QVERIFY(open.model->indexForPath(path).isValid());

        // Keyboard: the list takes Enter as "follow", not as the default button.
        paths->setFocus();
        QTest::keyClick(paths, Qt::Key_Down);
        QTest::keyClick(paths, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), expected.at(3));
        QVERIFY(dialog.isVisible());
    }

    // A file written with scikit-learn 1.2 whose names scikit-learn 1.4's
    // skops trusts (cross oracle: nothing untrusted in E2).
    void versionDifferenceIsNoted()
    {
        OpenFile open("hist_gradient_boosting_classifier");
        TrustApprovalDialog dialog(open.request());
        QCOMPARE(dialog.nameTable()->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QVERIFY(dialog.nameTable()->item(row, TrustApprovalDialog::NoteColumn)->text().contains(
                QLatin1String("numpy2-sklearn1.4")));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("details"))->text();
        QVERIFY2(details.contains(QLatin1String("version difference")), qPrintable(details));
    }

    void aCleanFileHasNothingToApprove()
    {
        OpenFile open("logreg_iris");
        TrustApprovalDialog dialog(open.request());
        QCOMPARE(dialog.nameTable()->rowCount(), 0);
        QVERIFY(!dialog.button(TrustApprovalDialog::ApproveForFile)->isEnabled());
        QVERIFY(!dialog.button(TrustApprovalDialog::ApproveAndRemember)->isEnabled());
        QVERIFY(dialog.button(TrustApprovalDialog::BrowseOnly)->isEnabled());
    }
};

QTEST_MAIN(TestTrustApprovalDialog)
#include "tst_trustapprovaldialog.moc"
