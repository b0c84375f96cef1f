#include "EditSession.h"

#include "PythonText.h"
#include "SchemaWriter.h"
#include "SklearnDefaults.h"
#include "SkopsFile.h"

#include <QUndoStack>

#include <optional>

using skops::ExportEdit;
using skops::JsonDocument;
using skops::Loader;
using skops::NodeId;
using skops::Status;

namespace {

// One entry of the undo stack; the edit list is read off the stack up to
// its index, so undo and redo need no work of their own.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ExportEdit edit, const QString &text)
        : QUndoCommand(text)
        , m_edit(std::move(edit))
    {
    }
    const ExportEdit &edit() const { return m_edit; }

private:
    ExportEdit m_edit;
};

Status refused(const QString &message)
{
    return skops::makeError(skops::ErrorCode::InvalidArgument, message);
}

// The value of JSON text as json.dumps writes it, if it is a primitive.
std::optional<std::string> primitiveJson(const JsonDocument &doc)
{
    if (doc.isArray(doc.root()) || doc.isObject(doc.root()))
        return std::nullopt;
    return skops::SchemaWriter::dumps(doc, doc.root());
}

std::optional<std::string> primitiveJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const auto parsed = JsonDocument::parseText(utf8);
    if (!parsed.ok())
        return std::nullopt;
    return primitiveJson(parsed.value());
}

QString shownPath(const QString &path)
{
    return path.isEmpty() ? EditSession::tr("the root") : path;
}

bool isInside(const QString &path, const QString &ancestor)
{
    return path.size() > ancestor.size() && path.startsWith(ancestor)
           && path.at(ancestor.size()) == QLatin1Char('/');
}

QString labelText(std::string_view label)
{
    return skops::python::escapeForDisplay(QString::fromUtf8(label.data(), qsizetype(label.size())));
}

} // namespace

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &EditSession::editsChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

EditSession::~EditSession() = default;

void EditSession::setFile(std::shared_ptr<const skops::SkopsFile> file)
{
    m_file = std::move(file);
    m_places.clear();
    m_inKeyTypes.clear();
    m_placeCount.clear();
    if (m_file) {
        const skops::NodeTree &tree = m_file->tree();
        m_inKeyTypes.assign(tree.nodeCount(), false);
        m_placeCount.assign(tree.nodeCount(), 0);
        m_places.emplace(tree.node(tree.root()).state, Place{tree.root(), skops::kNoNode, "root", 0, "root"});
        m_placeCount[tree.root()] = 1;
        // Every node's groups hold the places below its first state, as
        // skops' tree building visits them.
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            for (const skops::ChildGroup &group : tree.groups(id)) {
                const auto refs = tree.refs(group);
                for (std::uint32_t i = 0; i < refs.size(); ++i) {
                    const skops::NodeRef &ref = refs[i];
                    if (ref.state == JsonDocument::npos)
                        continue;
                    m_places.emplace(ref.state, Place{ref.node, id, group.name, i, ref.label});
                    ++m_placeCount[ref.node];
                    if (group.name == "key_types")
                        m_inKeyTypes[ref.node] = true;
                }
            }
        }
    }
    m_stack->clear();
}

const EditSession::Place *EditSession::placeAt(const QString &path) const
{
    if (!m_file)
        return nullptr;
    const JsonDocument::Index state = m_file->schema().resolve(path);
    const auto it = m_places.find(state);
    return it == m_places.end() ? nullptr : &it->second;
}

Status EditSession::check(const ExportEdit &edit) const
{
    if (!m_file)
        return refused(tr("No file is open."));
    const QString shown = shownPath(edit.path);
    const Place *place = placeAt(edit.path);
    if (!place)
        return refused(tr("%1 is not a node of the model.").arg(shown));
    bool nulled = false;
    bool valueSet = false;
    for (const ExportEdit &earlier : edits()) {
        const bool removed = earlier.kind == ExportEdit::Kind::Remove;
        if (earlier.kind != ExportEdit::Kind::SetValue && isInside(edit.path, earlier.path))
            return refused(removed ? tr("%1 lies inside %2, which is already removed.").arg(shown, earlier.path)
                                   : tr("%1 lies inside %2, which is already replaced with null.")
                                         .arg(shown, earlier.path));
        if (earlier.path != edit.path)
            continue;
        if (removed)
            return refused(tr("%1 is already removed.").arg(shown));
        nulled = earlier.kind == ExportEdit::Kind::ReplaceWithNull;
        valueSet = earlier.kind == ExportEdit::Kind::SetValue;
    }
    switch (edit.kind) {
    case ExportEdit::Kind::SetValue:
        return checkSetValue(*place, edit, nulled || valueSet);
    case ExportEdit::Kind::Remove:
        return checkRemovable(*place, shown);
    case ExportEdit::Kind::ReplaceWithNull:
        if (nulled)
            return refused(tr("%1 is already replaced with null.").arg(shown));
        if (place->owner == skops::kNoNode)
            return refused(tr("The root cannot be replaced with null: nothing of the model would remain."));
        if (place->group == "key_types" || m_inKeyTypes[place->owner])
            return refused(tr("%1 is a key type of a dict; remove the dict entry instead.").arg(shown));
        return Status();
    }
    return Status();
}

Status EditSession::checkSetValue(const Place &place, const ExportEdit &edit, bool primitiveNow) const
{
    const QString shown = shownPath(edit.path);
    if (!primitiveNow) {
        const skops::NodeTree &tree = m_file->tree();
        if (tree.node(place.node).loader != Loader::JsonNode)
            return refused(tr("%1 is %2, not a number, string, boolean or null.")
                               .arg(shown, tree.qTypeName(place.node)));
        const auto value = skops::SklearnDefaults::jsonNodeValue(tree, place.node);
        if (!value || !primitiveJson(*value))
            return refused(tr("%1 does not hold a number, string, boolean or null.").arg(shown));
    }
    if (!primitiveJson(edit.json))
        return refused(tr("The new value of %1 must be a number, a string in quotes, true, false or null, "
                          "not %2.")
                           .arg(shown, edit.json));
    return Status();
}

Status EditSession::checkRemovable(const Place &place, const QString &shown) const
{
    if (place.owner == skops::kNoNode)
        return refused(tr("The root cannot be removed."));
    if (place.group == "key_types" || m_inKeyTypes[place.owner])
        return refused(tr("%1 is a key type of a dict; remove the dict entry instead.").arg(shown));
    const skops::NodeTree &tree = m_file->tree();
    const Loader owner = tree.node(place.owner).loader;
    const bool dictEntry = owner == Loader::DictNode && place.group == "content";
    const bool element = (owner == Loader::ListNode || owner == Loader::TupleNode || owner == Loader::SetNode)
                         && place.group == "content";
    if (!dictEntry && !element)
        return refused(tr("%1 cannot be removed: only dict entries and list, tuple or set elements can be. "
                          "Replace it with null instead.")
                           .arg(shown));
    if (dictEntry) {
        // The exporter removes the entry's key type too, which must then be this dict's alone.
        const NodeId keyTypes = tree.childNamed(place.owner, "key_types");
        if (keyTypes == skops::kNoNode || m_placeCount[keyTypes] != 1)
            return refused(tr("The key types of the dict holding %1 are shared with another place, so "
                              "one of its entries cannot be removed alone.")
                               .arg(shown));
    }
    return Status();
}

QString EditSession::currentJson(const Place &place, const QString &path) const
{
    QString json;
    bool edited = false;
    for (const ExportEdit &earlier : edits()) {
        if (earlier.path != path)
            continue;
        edited = true;
        json = earlier.kind == ExportEdit::Kind::SetValue ? earlier.json : QStringLiteral("null");
    }
    if (edited)
        return json;
    const auto value = skops::SklearnDefaults::jsonNodeValue(m_file->tree(), place.node);
    const auto text = value ? primitiveJson(*value) : std::nullopt;
    return text ? QString::fromStdString(*text) : QString();
}

QString EditSession::describe(const Place &place, const QString &path) const
{
    if (place.owner == skops::kNoNode)
        return tr("the root");
    const Loader owner = m_file->tree().node(place.owner).loader;
    if ((owner != Loader::ListNode && owner != Loader::TupleNode && owner != Loader::SetNode)
        || place.group != "content")
        return labelText(place.label);
    // Elements as Python indexes them: ".../steps/content/0/content/1" is steps[0][1].
    QStringList tokens = path.split(QLatin1Char('/'));
    const auto isIndex = [](const QString &token) {
        bool isNumber = false;
        token.toUInt(&isNumber);
        return isNumber;
    };
    QString indexes;
    while (tokens.size() >= 3 && tokens.at(tokens.size() - 2) == QLatin1String("content") && isIndex(tokens.last())) {
        indexes.prepend(QLatin1Char('[') + tokens.takeLast() + QLatin1Char(']'));
        tokens.removeLast();
    }
    QString name = tokens.last();
    name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return skops::python::escapeForDisplay(name) + indexes;
}

QString EditSession::commandText(const Place &place, const ExportEdit &edit) const
{
    const QString target = describe(place, edit.path);
    switch (edit.kind) {
    case ExportEdit::Kind::SetValue:
        return tr("Set %1 to %2").arg(target, skops::python::escapeForDisplay(edit.json));
    case ExportEdit::Kind::Remove:
        return tr("Remove %1").arg(target);
    case ExportEdit::Kind::ReplaceWithNull:
        return tr("Replace %1 with null").arg(target);
    }
    return QString();
}

Status EditSession::push(const ExportEdit &edit)
{
    const Status status = check(edit);
    if (!status.ok()) {
        emit editRejected(status.error().message);
        return status;
    }
    const Place &place = *placeAt(edit.path);
    ExportEdit recorded = edit;
    if (edit.kind == ExportEdit::Kind::SetValue) {
        // Kept as json.dumps writes it, so that equal values compare equal.
        recorded.json = QString::fromStdString(*primitiveJson(edit.json));
        if (recorded.json == currentJson(place, edit.path))
            return Status();
    }
    m_stack->push(new EditCommand(recorded, commandText(place, recorded)));
    return Status();
}

std::vector<ExportEdit> EditSession::edits() const
{
    std::vector<ExportEdit> out;
    out.reserve(std::size_t(m_stack->index()));
    for (int i = 0; i < m_stack->index(); ++i)
        out.push_back(static_cast<const EditCommand *>(m_stack->command(i))->edit());
    return out;
}

std::vector<ExportEdit> EditSession::exportEdits() const
{
    // A removed array element, as the tokens of its array's pointer and its position there.
    struct Removal {
        QStringList array;
        int position = 0;
    };
    std::vector<Removal> removals;
    std::vector<ExportEdit> out;
    const JsonDocument *doc = m_file ? &m_file->schema() : nullptr;
    for (const ExportEdit &edit : edits()) {
        QStringList tokens = edit.path.split(QLatin1Char('/'));
        std::vector<int> shift(std::size_t(tokens.size()), 0);
        for (const Removal &removal : removals) {
            const qsizetype level = removal.array.size();
            if (tokens.size() <= level || tokens.mid(0, level) != removal.array)
                continue;
            bool isNumber = false;
            const int position = tokens.at(level).toInt(&isNumber);
            if (isNumber && position > removal.position)
                ++shift[std::size_t(level)];
        }
        ExportEdit shifted = edit;
        for (qsizetype level = 0; level < tokens.size(); ++level) {
            if (shift[std::size_t(level)])
                tokens[level] = QString::number(tokens.at(level).toInt() - shift[std::size_t(level)]);
        }
        shifted.path = tokens.join(QLatin1Char('/'));
        out.push_back(std::move(shifted));
        if (edit.kind != ExportEdit::Kind::Remove || !doc)
            continue;
        const JsonDocument::Index removed = doc->resolve(edit.path);
        if (removed != JsonDocument::npos && doc->isArray(doc->parent(removed)))
            removals.push_back(Removal{edit.path.split(QLatin1Char('/')).mid(0, tokens.size() - 1),
                                       int(doc->slot(removed))});
    }
    return out;
}

bool EditSession::isModified() const
{
    return !m_stack->isClean();
}

void EditSession::markSaved()
{
    m_stack->setClean();
}
