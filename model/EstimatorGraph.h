#pragma once

#include "NodeTree.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace skops {

// One box of the estimator diagram, as scikit-learn's HTML repr nests them.
struct EstimatorBox {
    enum class Kind : std::uint8_t {
        Estimator,   // one estimator; a meta-estimator holds its inner estimators as children
        Sequence,    // a Pipeline: the children are its steps, in order
        Parallel,    // ColumnTransformer/FeatureUnion branches; with an empty className, a
                     // parameter's list of named estimators (Voting/Stacking `estimators`)
        Collapsed,   // a list of estimators (`estimators_`) shown as one box with a count
        Passthrough, // 'passthrough' (or None) in place of a step or branch
        Drop,        // 'drop' in place of a step or branch
    };

    Kind kind = Kind::Estimator;
    QString stepName;   // "scaler", "estimator", "final_estimator", "estimators_"; "" for the root
    QString className;  // "StandardScaler"; Collapsed: the distinct classes, ", "-separated
    QString typeName;   // "sklearn.preprocessing._data.StandardScaler" (same rule as className)
    QString columns;    // a ColumnTransformer branch's column selection, as Python text
    int count = 0;      // Collapsed: how many estimators the list holds
    bool repeated = false; // the node is already drawn elsewhere; its children are not repeated
    NodeId node = kNoNode; // the estimator; a list for groups and Collapsed; the string for Passthrough/Drop
    QString path;          // NodeTree::path(node): the node's first state in schema.json
    QString occurrencePath; // the state where this reference was met (differs for shared nodes)
    std::vector<EstimatorBox> children;
};

// The estimator hierarchy of a file, read from the node tree alone: nothing
// is imported. An estimator is an ObjectNode whose attributes hold
// `_sklearn_version`, or any ObjectNode in an estimator's place (a step, a
// branch, a parameter named like `estimator`/`regressor`/`transformer`).
// The rules follow the attribute layout scikit-learn writes, not a list of
// classes: `steps` makes a sequence; `transformers_` (else `transformers`)
// and `transformer_list` make parallel branches; other lists of named
// estimators become a parallel group; public attributes holding an
// estimator become labelled children; lists of estimators become one
// collapsed box. If the root is not an estimator, the top-most estimators
// anywhere in the file become the roots.
class EstimatorGraph
{
public:
    static EstimatorGraph build(const NodeTree &tree);

    const std::vector<EstimatorBox> &roots() const { return m_roots; }
    bool isEmpty() const { return m_roots.empty(); }
    int boxCount() const;
    // Every box, parents before children, in drawing order.
    std::vector<const EstimatorBox *> boxes() const;
    // The box whose path or occurrence path is `pointer`, else the box of its
    // nearest ancestor in schema.json; nullptr if there is none.
    const EstimatorBox *boxForPath(const QString &pointer) const;

private:
    std::vector<EstimatorBox> m_roots;
};

} // namespace skops
