/// The settings of the published site (`Site/site.yaml`).
public struct SiteSettings: Hashable, Sendable {
    public var title: String
    public var baseURL: String
    public var language: Language
    public var organization: String?
    public var contact: Contact
    /// The font family for posters; Noto Sans covers Vietnamese fully.
    public var posterFont: String
    /// Every top-level key with a text value, for themes that want more.
    public var extra: [String: String]

    public struct Contact: Hashable, Sendable {
        public var phone: String?
        public var email: String?
        public var address: String?
        public init(phone: String? = nil, email: String? = nil, address: String? = nil) {
            self.phone = phone
            self.email = email
            self.address = address
        }
    }

    public init(
        title: String = "Cải cách hành chính", baseURL: String = "/", language: Language = .vi,
        organization: String? = nil, contact: Contact = Contact(), posterFont: String = "Noto Sans",
        extra: [String: String] = [:]
    ) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.organization = organization
        self.contact = contact
        self.posterFont = posterFont
        self.extra = extra
    }
}
