extension ArgumentDefinition {
  /// A definition whose tokens parse as `Element` (then pass `validate`), combined into the
  /// argument's value by `combine`.
  init<Element: ArgumentValue>(
    kind: Kind, name: String, shortName: Character?, valueName: String?, help: String,
    element: Element.Type, isRepeating: Bool = false, separator: Character? = nil,
    environmentVariable: String? = nil, fallback: Fallback,
    validate: (@Sendable (Element) -> String?)?,
    combine: @escaping @Sendable ([Element]) -> any Sendable
  ) {
    self.init(
      kind: kind, name: name, shortName: shortName, valueName: valueName ?? name, help: help,
      isRepeating: isRepeating, separator: separator, environmentVariable: environmentVariable,
      fallback: fallback, allowedValues: Element.allValueStrings,
      parseElement: { text in
        do throws(ArgumentValueError) {
          let value = try Element(argument: text)
          if let reason = validate?(value) { return .failure(ArgumentValueError(reason)) }
          return .success(value)
        } catch {
          return .failure(error)
        }
      },
      combine: { elements in
        combine(
          elements.map { element in
            guard let typed = element as? Element else {
              preconditionFailure("argument '\(name)' parsed a value of the wrong type")
            }
            return typed
          })
      })
  }
}

/// The last of one or more values: a repeated single-valued option keeps the last one.
func lastValue<Element: Sendable>(_ elements: [Element]) -> any Sendable {
  guard let last = elements.last else { preconditionFailure("no value to combine") }
  return last
}
