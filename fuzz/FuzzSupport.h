#pragma once

#include "Limits.h"

#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: limits small enough that no single input
// takes more than a fraction of a second, and a place on disk for the APIs
// that open files by path.
namespace skops::fuzz {

Limits fuzzLimits();

// Writes the input to this process's scratch file and returns its path.
QString writeInput(const std::uint8_t *data, std::size_t size);

// A path in this process's scratch folder, for files a target writes.
QString scratchPath(const QString &name);

// Reports a broken invariant and aborts, so that libFuzzer records the input.
[[noreturn]] void fail(const char *what, const QString &detail = QString());

} // namespace skops::fuzz
