#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace skops {

// Why an operation failed, as a stable code for programs and a readable,
// translated message for people. Library functions return errors as values;
// nothing throws across the library boundary.
enum class ErrorCode {
    None,
    FileNotFound,
    FileUnreadable,
    NotAZip,
    CorruptZip,
    UnsupportedZip,
    UnsafeMemberName,
    MemberTooLarge,
    ZipBomb,
    TooManyMembers,
    MissingSchema,
    SchemaTooLarge,
    InvalidJson,
    TooDeep,
    TooManyNodes,
    InvalidSchema,
    UnknownLoader,
    UnsupportedProtocol,
    MissingMember,
    InvalidNpy,
    InvalidNpz,
    UnsupportedDtype,
    Cancelled,
    WriteFailed,
    InvalidArgument,
    TooManyElements,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;
};

// A value or an Error. Deliberately small: ok(), value(), error().
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace skops
