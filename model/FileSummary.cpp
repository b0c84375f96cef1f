#include "FileSummary.h"
#include "ModelText.h"

#include "PythonText.h"
#include "SklearnDefaults.h"
#include "SkopsFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace skops {

namespace {

// The position of `child` among the items of a list, tuple or set.
qsizetype itemPosition(const NodeTree &tree, NodeId container, NodeId child)
{
    for (const ChildGroup &group : tree.groups(container)) {
        if (group.kind != GroupKind::List)
            continue;
        const std::span<const NodeRef> items = tree.refs(group);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].node == child)
                return qsizetype(i);
        }
    }
    return -1;
}

} // namespace

FileSummary FileSummary::build(const SkopsFile &file)
{
    FileSummary summary;
    summary.path = file.path();
    summary.fileName = file.fileName();
    summary.protocol = file.protocol();
    summary.skopsVersion = file.skopsVersion();
    summary.fileSize = file.archive().archiveSize();
    for (const ZipMember &member : file.archive().members()) {
        ++summary.memberCount;
        summary.uncompressedBytes += member.uncompressedSize;
        if (member.method == 0)
            ++summary.storedCount;
        else if (member.method == 8)
            ++summary.deflatedCount;
        else
            ++summary.otherMethodCount;
    }
    const NodeTree &tree = file.tree();
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        const QString version = SklearnDefaults::storedVersion(tree, id);
        if (version.isEmpty())
            continue;
        summary.estimators.push_back(EstimatorVersion {
            id, attributePath(tree, id), tree.path(id), tree.qTypeName(id), version });
    }
    return summary;
}

QString FileSummary::compressionText() const
{
    QStringList parts;
    if (storedCount)
        parts.append(ModelText::tr("stored (%1)").arg(storedCount));
    if (deflatedCount)
        parts.append(ModelText::tr("deflated (%1)").arg(deflatedCount));
    if (otherMethodCount)
        parts.append(ModelText::tr("other methods (%1)").arg(otherMethodCount));
    return parts.join(QLatin1String(", "));
}

QStringList FileSummary::sklearnVersions() const
{
    QStringList versions;
    for (const EstimatorVersion &estimator : estimators) {
        if (!versions.contains(estimator.sklearnVersion))
            versions.append(estimator.sklearnVersion);
    }
    return versions;
}

QString FileSummary::attributePath(const NodeTree &tree, NodeId node)
{
    QStringList parts;
    NodeId current = node;
    // Parents are built before their children, so this walk ends at the root.
    while (current != kNoNode && tree.node(current).parent != kNoNode) {
        const Node &here = tree.node(current);
        const NodeId parent = here.parent;
        const QString key = QString::fromUtf8(here.key.data(), qsizetype(here.key.size()));
        const Loader parentLoader = tree.node(parent).loader;
        const NodeId owner = tree.node(parent).parent;
        if (parentLoader == Loader::DictNode && owner != kNoNode
            && tree.childNamed(owner, "attrs") == parent) {
            // An entry of an object's state dict is one of its attributes.
            parts.prepend(QLatin1Char('.') + key);
            current = owner;
        } else if (parentLoader == Loader::DefaultDictNode && here.key == "main") {
            // A defaultdict's items are those of its main dict.
            current = parent;
        } else if (parentLoader == Loader::DictNode) {
            parts.prepend(QLatin1Char('[') + python::stringRepr(key) + QLatin1Char(']'));
            current = parent;
        } else if (const qsizetype position = itemPosition(tree, parent, current); position >= 0) {
            parts.prepend(QStringLiteral("[%1]").arg(position));
            current = parent;
        } else {
            parts.prepend(QLatin1Char('.') + key);
            current = parent;
        }
    }
    QString path = parts.join(QString());
    if (path.startsWith(QLatin1Char('.')))
        path.remove(0, 1);
    return python::escapeForDisplay(path);
}

} // namespace skops
