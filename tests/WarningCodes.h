#pragma once

#include "StructuralWarning.h"

#include <QStringList>
#include <vector>

namespace testdata {

// The code names of `warnings`, in order: their stable part (the messages
// are translated), which is what the tests compare.
QStringList warningCodes(const std::vector<skops::StructuralWarning> &warnings);

} // namespace testdata
