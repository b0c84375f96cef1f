#pragma once

#include "ExportEdit.h"
#include "NodeTree.h"
#include "Result.h"

#include <QObject>

#include <memory>
#include <unordered_map>
#include <vector>

class QUndoStack;

namespace skops {
class SkopsFile;
} // namespace skops

// The edits of one open file, waiting for an export: an undo stack of
// ExportEdits whose paths are occurrence paths of the opened file, as the
// tree and the parameter table show them (PathRole). The file itself never
// changes; an edit is checked against the file and the edits before it, so
// that the exporter can apply the whole list.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    // Starts over with no edits for `file` (nullptr: no file).
    void setFile(std::shared_ptr<const skops::SkopsFile> file);
    const skops::SkopsFile *file() const { return m_file.get(); }

    QUndoStack *undoStack() const { return m_stack; }

    // Why `edit` cannot follow the current edits; ok if it can.
    // SetValue: a JSON primitive (JsonNode) gets a primitive value;
    // Remove: a dict entry or a list, tuple or set element;
    // ReplaceWithNull: any node but the root and a dict's key types.
    // Nothing inside a part an earlier edit removed or nulled can be edited.
    skops::Status check(const skops::ExportEdit &edit) const;
    // Checks `edit` and puts it on the undo stack; a SetValue that keeps the
    // current value is accepted and not recorded. A refused edit is also
    // announced by editRejected.
    skops::Status push(const skops::ExportEdit &edit);

    // The edits as made, up to the undo stack's position; their paths are
    // paths of the opened file.
    std::vector<skops::ExportEdit> edits() const;
    // The same edits for ExportOptions::edits, where each path refers to the
    // schema as the edits before it left it (a removed list element moves
    // the elements after it up by one).
    std::vector<skops::ExportEdit> exportEdits() const;

    bool isModified() const;
    // The current edits are saved: the session is clean until they change.
    void markSaved();

signals:
    void editsChanged();
    void modifiedChanged(bool modified);
    void editRejected(const QString &message);

private:
    // Where skops' tree building meets a node: the group of `owner` that holds it.
    struct Place {
        skops::NodeId node = skops::kNoNode;
        skops::NodeId owner = skops::kNoNode; // kNoNode: the root
        std::string_view group;
        std::uint32_t slot = 0;
        std::string_view label;
    };

    const Place *placeAt(const QString &path) const;
    skops::Status checkSetValue(const Place &place, const skops::ExportEdit &edit, bool primitiveNow) const;
    skops::Status checkRemovable(const Place &place, const QString &shown) const;
    // The JSON text a SetValue target holds after the current edits, or "" if unknown.
    QString currentJson(const Place &place, const QString &path) const;
    // The edited place as a Python user names it: max_iter, steps[0][1].
    QString describe(const Place &place, const QString &path) const;
    QString commandText(const Place &place, const skops::ExportEdit &edit) const;

    QUndoStack *m_stack;
    std::shared_ptr<const skops::SkopsFile> m_file;
    std::unordered_map<skops::JsonDocument::Index, Place> m_places;
    std::vector<bool> m_inKeyTypes; // per node: met as a dict's key types
    std::vector<std::uint32_t> m_placeCount; // per node: places in the file
};
