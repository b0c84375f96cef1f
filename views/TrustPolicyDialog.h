#pragma once

#include "PolicyStore.h"
#include "Result.h"
#include "TrustPolicy.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Preferences ▸ Trust policy: the remembered names and prefix rules (with
// note and date), adding and removing entries, importing (merging) and
// exporting policy files so that a team can share one, and the built-in
// allow-list profile. Changes apply on OK: the policy goes to the store,
// the profile to QSettings "trust/profile", which the main window reads.
class TrustPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, RuleColumn, NoteColumn, AddedColumn, ColumnCount };

    static QString profileSettingKey() { return QStringLiteral("trust/profile"); }
    // The profile saved in QSettings, or TrustProfile::defaultName().
    static QString savedProfile();

    explicit TrustPolicyDialog(PolicyStore store = PolicyStore(), QWidget *parent = nullptr);

    // The policy and profile as edited so far.
    const skops::TrustPolicy &policy() const { return m_policy; }
    QString selectedProfile() const;

    // What the Import… and Export… buttons do after asking for a file.
    // Import merges the file's entries (existing ones are kept as they are).
    skops::Status importFrom(const QString &path);
    skops::Status exportTo(const QString &path) const;

    QTableWidget *entryTable() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *profileBox() const { return m_profile; }

signals:
    // After OK saved the policy: re-apply it to open files.
    void policySaved();
    // After OK changed the profile: re-audit open files with it.
    void profileChanged(const QString &name);

public slots:
    void accept() override;

private:
    void fillTable();
    void validateName();
    void addEntry();
    void removeSelected();
    void chooseImport();
    void chooseExport();
    void showMessage(const QString &text, bool problem);

    PolicyStore m_store;
    skops::TrustPolicy m_policy;
    QString m_initialProfile;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_profile;
    QLabel *m_message;
};
