/** One parsed XML element: attributes (`@_name`), text (`#text`) and child elements. */
type XmlNode = Record<string, unknown>;

function node(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

/** An element's text: the string itself, or its `#text` when it has attributes. */
function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const own = node(value)?.["#text"];
  return typeof own === "string" ? own : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Sets `key` on `out` when the value is defined. */
function put(out: XmlNode, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

function entity(value: unknown): XmlNode | undefined {
  const element = node(value);
  return element ? { name: text(element.name) } : undefined;
}

function properties(value: unknown): XmlNode[] | undefined {
  const element = node(value);
  if (!element) return undefined;
  return list(element.property).map((property) => {
    const out: XmlNode = { name: node(property)?.["@_name"] };
    put(out, "value", text(property));
    return out;
  });
}

/** A `<component>` in the JSON shape of a CycloneDX component (the fields vendorgate reads). */
function component(value: unknown): unknown {
  const element = node(value);
  if (!element) return value;
  const out: XmlNode = { type: element["@_type"] };
  put(out, "bom-ref", element["@_bom-ref"]);
  for (const key of ["name", "group", "version", "publisher", "cpe", "purl", "scope"]) {
    put(out, key, text(element[key]));
  }
  // `author` is read as a list (for 1.6 `<authors>`); a component has one `<author>` of its own.
  put(out, "author", text(list(element.author)[0]));
  put(out, "supplier", entity(element.supplier));
  put(out, "manufacturer", entity(element.manufacturer));
  const authors = node(element.authors);
  if (authors) {
    out.authors = list(authors.author).map((author) => ({
      name: text(node(author)?.name),
      email: text(node(author)?.email),
    }));
  }
  const swid = node(element.swid);
  if (swid) out.swid = { tagId: swid["@_tagId"] };
  for (const key of ["omniborId", "swhid"]) {
    if (element[key] !== undefined) out[key] = list(element[key]).map(text);
  }
  if (element["@_isExternal"] !== undefined) out.isExternal = element["@_isExternal"] === "true";
  put(out, "properties", properties(element.properties));
  const nested = node(element.components);
  if (nested) out.components = list(nested.component).map(component);
  return out;
}

/** A `<service>` in the JSON shape of a CycloneDX service. */
function service(value: unknown): unknown {
  const element = node(value);
  if (!element) return value;
  const out: XmlNode = {};
  put(out, "bom-ref", element["@_bom-ref"]);
  for (const key of ["name", "group", "version"]) put(out, key, text(element[key]));
  put(out, "provider", entity(element.provider));
  put(out, "properties", properties(element.properties));
  const nested = node(element.services);
  if (nested) out.services = list(nested.service).map(service);
  return out;
}

/** A `<dependency>`: nested `<dependency ref>` are `dependsOn`, `<provides ref>` (1.6) `provides`. */
function dependency(value: unknown): unknown {
  const element = node(value);
  if (!element) return value;
  const out: XmlNode = { ref: element["@_ref"] };
  const refs = (key: string) => list(element[key]).map((child) => node(child)?.["@_ref"]);
  if (element.dependency !== undefined) out.dependsOn = refs("dependency");
  if (element.provides !== undefined) out.provides = refs("provides");
  return out;
}

/**
 * The CycloneDX version the namespace of a document's `<bom>` names
 * (`http://cyclonedx.org/schema/bom/1.6` is 1.6), read from the text of its start tag.
 */
export function xmlSpecVersion(text: string): string | undefined {
  const start = /<(?:\w+:)?bom[\s>][^>]*/.exec(text.slice(0, 4096))?.[0] ?? "";
  return /cyclonedx\.org\/schema\/bom\/(\d+\.\d+)["']/.exec(start)?.[1];
}

/**
 * A parsed CycloneDX XML `<bom>` in the JSON shape of the same BOM, with the fields vendorgate
 * reads: its version from the namespace, `metadata` (component, manufacture, manufacturer,
 * supplier), `components`, `services` and `dependencies`. Each `components[i]` is the i-th
 * `<component>` of its `<components>`, so a path into the JSON shape names the XML element too.
 */
export function cycloneDxXmlToJson(bom: XmlNode, specVersion: string): XmlNode {
  const out: XmlNode = { bomFormat: "CycloneDX", specVersion };
  const metadata = node(bom.metadata);
  if (metadata) {
    const meta: XmlNode = {};
    const root = list(metadata.component)[0];
    if (root !== undefined) meta.component = component(root);
    put(meta, "manufacture", entity(metadata.manufacture));
    put(meta, "manufacturer", entity(metadata.manufacturer));
    put(meta, "supplier", entity(metadata.supplier));
    out.metadata = meta;
  }
  const components = node(bom.components);
  if (components) out.components = list(components.component).map(component);
  const services = node(bom.services);
  if (services) out.services = list(services.service).map(service);
  const dependencies = node(bom.dependencies);
  if (dependencies) out.dependencies = list(dependencies.dependency).map(dependency);
  return out;
}
