#include "WarningCodes.h"

namespace testdata {

QStringList warningCodes(const std::vector<skops::StructuralWarning> &warnings)
{
    QStringList codes;
    for (const skops::StructuralWarning &warning : warnings)
        codes << skops::StructuralWarning::codeName(warning.code);
    return codes;
}

} // namespace testdata
