#include "StructuralWarning.h"

namespace skops {

QString StructuralWarning::codeName(WarningCode code)
{
    switch (code) {
    case WarningCode::UnreferencedMember:
        return QStringLiteral("unreferenced-member");
    case WarningCode::MissingMember:
        return QStringLiteral("missing-member");
    case WarningCode::DuplicateMemberName:
        return QStringLiteral("duplicate-member-name");
    case WarningCode::UnusualMemberName:
        return QStringLiteral("unusual-member-name");
    case WarningCode::SharedMember:
        return QStringLiteral("shared-member");
    case WarningCode::IdReusedWithOtherContent:
        return QStringLiteral("id-reused-with-other-content");
    case WarningCode::DanglingCachedNode:
        return QStringLiteral("dangling-cached-node");
    case WarningCode::IdCycle:
        return QStringLiteral("id-cycle");
    case WarningCode::MethodOwnerMismatch:
        return QStringLiteral("method-owner-mismatch");
    case WarningCode::OperatorModuleMismatch:
        return QStringLiteral("operator-module-mismatch");
    case WarningCode::ReduceConstructorMismatch:
        return QStringLiteral("reduce-constructor-mismatch");
    case WarningCode::IgnoredTypeLabel:
        return QStringLiteral("ignored-type-label");
    case WarningCode::TreeChildOutOfRange:
        return QStringLiteral("tree-child-out-of-range");
    case WarningCode::TreeFeatureOutOfRange:
        return QStringLiteral("tree-feature-out-of-range");
    case WarningCode::TreeNodeCountMismatch:
        return QStringLiteral("tree-node-count-mismatch");
    case WarningCode::FittedShapeMismatch:
        return QStringLiteral("fitted-shape-mismatch");
    case WarningCode::ControlCharacters:
        return QStringLiteral("control-characters");
    case WarningCode::MarkupText:
        return QStringLiteral("markup-text");
    case WarningCode::NonAsciiTypeName:
        return QStringLiteral("non-ascii-type-name");
    case WarningCode::SchemaEncoding:
        return QStringLiteral("schema-encoding");
    case WarningCode::WarningsOmitted:
        return QStringLiteral("warnings-omitted");
    }
    return QString();
}

bool StructuralWarning::skopsCannotLoad(WarningCode code)
{
    switch (code) {
    case WarningCode::IdCycle:
    case WarningCode::DanglingCachedNode:
    case WarningCode::MethodOwnerMismatch:
    case WarningCode::OperatorModuleMismatch:
        return true;
    default:
        return false;
    }
}

} // namespace skops
