#pragma once

#include "PolicyStore.h"
#include "TrustPolicy.h"
#include "UntrustedNameInfo.h"

#include <QDialog>

#include <set>
#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// What the approval dialog is asked about: one file's untrusted names.
struct TrustApprovalRequest {
    QString fileName;    // shown, and written into the note of remembered names
    QString sha256;      // optional; also written into that note
    QString profileName; // the allow-list the names were audited with
    // Every name the profile does not trust by default, e.g.
    // UntrustedNameInfo::collect(tree, model.defaultAudit(), profile).
    std::vector<skops::UntrustedNameInfo> names;
    // Names approved now (model.approvedNames()): checked at the start.
    std::set<std::string> approved;
};

// Lets the user decide, name by name, which untrusted types to approve for
// a file: each name with its kind of reference, the raw fields it is made
// of, a risk note, whether another built-in profile trusts it, and its
// occurrences as links (pathActivated). Nothing is ever executed; the
// decision only changes what the app shows, the remembered policy, and the
// Python snippet.
//
// Keyboard: the name table has the focus; Up/Down move, Space toggles the
// current name, Tab reaches the occurrence list (Enter or Space follows a
// path) and the buttons. Enter and Escape both mean "Browse without
// approving", the safe default; "Cancel opening" must be chosen explicitly.
//
// Use: fill a TrustApprovalRequest, open() the dialog, and on decided():
//   ApproveForFile / ApproveAndRemember → model.setApprovedNames(selectedNames())
//     (the dialog has already written remembered names into the policy store);
//   BrowseOnly → keep the current approvals;  CancelOpening → close the file.
class TrustApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    enum Decision { BrowseOnly, ApproveForFile, ApproveAndRemember, CancelOpening };
    Q_ENUM(Decision)

    enum Column { NameColumn, KindColumn, OccurrencesColumn, NoteColumn, ColumnCount };

    explicit TrustApprovalDialog(TrustApprovalRequest request, PolicyStore store = PolicyStore(),
                                 QWidget *parent = nullptr);

    // BrowseOnly until the user chooses otherwise.
    Decision decision() const { return m_decision; }
    // The checked names: after an approving decision, exactly the names
    // approved for the file (unchecking a name withdraws its approval).
    std::set<std::string> selectedNames() const;

    QTableWidget *nameTable() const { return m_table; }
    QListWidget *pathList() const { return m_paths; }
    QPushButton *button(Decision decision) const;

signals:
    // An occurrence path was followed: select that node in tree and diagram.
    void pathActivated(const QString &path);
    // Emitted once, just before the dialog closes.
    void decided(TrustApprovalDialog::Decision decision);

public slots:
    // Escape or closing the window: browse without approving.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTable();
    void showDetails(int row);
    QString detailsHtml(const skops::UntrustedNameInfo &info) const;
    void updateButtons();
    void finish(Decision decision);

    TrustApprovalRequest m_request;
    PolicyStore m_store;
    skops::TrustPolicy m_policy;
    bool m_policyReadable = true;
    Decision m_decision = BrowseOnly;

    QTableWidget *m_table;
    QLabel *m_details;
    QLabel *m_pathsTitle;
    QListWidget *m_paths;
    QLabel *m_problem;
    QPushButton *m_browse;
    QPushButton *m_approve;
    QPushButton *m_remember;
    QPushButton *m_cancel;
};
