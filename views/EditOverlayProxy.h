#pragma once

#include "ExportEdit.h"

#include <QHash>
#include <QIdentityProxyModel>

#include <vector>

class EditSession;

// Shows the pending edits in the tree without changing it: an edited value
// reads "✎ <new value>" (the tooltip names the value in the file), a node
// replaced with null reads "✎ null", and removed rows are struck out and
// grey. Rows below a removed or nulled row are grey too. Rows are matched
// by PathRole against the edits' paths; "below" means below in this tree,
// so a node shared with another place stays plain there.
class EditOverlayProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum EditState {
        Unchanged,
        ValueSet,        // a new primitive value
        Nulled,          // replaced with null
        Removed,
        InsideNulled,    // below a row replaced with null
        InsideRemoved,   // below a removed row
    };
    enum Role {
        EditStateRole = Qt::UserRole + 0x200, // int: an EditState
    };

    explicit EditOverlayProxy(QObject *parent = nullptr);

    // Follows the session's edits from now on.
    void setSession(EditSession *session);
    // Edits with paths of the source's file, in the order they were made.
    void setEdits(const std::vector<skops::ExportEdit> &edits);
    EditState editState(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Mark {
        EditState state = Unchanged;
        QString json; // ValueSet: the new value
    };
    using Marks = QHash<QString, Mark>;

    // The mark of a source row, given what it inherits from the rows above it.
    static Mark markFor(const Marks &marks, const QModelIndex &source, EditState inherited);
    static EditState inheritedAt(const Marks &marks, const QModelIndex &source);
    void announceChanges(const Marks &before, const QModelIndex &sourceParent, EditState inheritedBefore,
                         EditState inheritedNow);

    Marks m_marks;
};
