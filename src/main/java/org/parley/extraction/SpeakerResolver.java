package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.article.Article;
import org.parley.article.Furniture;
import org.parley.article.PageFurniture;
import org.parley.party.ArticleContext;
import org.parley.party.Holder;
import org.parley.party.OfficeHolders;
import org.parley.party.Outlets;
import org.parley.party.Party;
import org.parley.party.PartyResolver;
import org.parley.party.UnqualifiedTitles;

/**
 * Resolves the source mentions of one article to speakers: full names to themselves, surnames
 * and roles to the person introduced with them (a role given just before a name, "Tehran's deputy
 * foreign minister has told the BBC. Majid Takht-Ravanchi says ...", is that person's), bodies
 * ("Israel's military", "the health ministry") to themselves under their party, the party's own
 * names and metonyms to the party, and pronouns to the most recent fitting speaker (by recency, not
 * by grammatical gender, which translated copy often gets wrong).
 */
final class SpeakerResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "who");
    private static final int LINK_SENTENCES = 2;
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s,]+");
    private static final java.util.regex.Pattern ORGAN_BREAKS = java.util.regex.Pattern.compile("[\\s,']+");
    private static final java.util.regex.Pattern OPPOSITION = java.util.regex.Pattern.compile("(?i)\\bopposition\\b");
    /** A possessor before an organ ("the Gulf state's interior ministry"): it says whose organ it is. */
    private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile("\\p{L}['’]s\\s");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old");
    /** Nouns that describe the person an article is about rather than name an office. */
    private static final Set<String> DESCRIPTIONS = Set.of("strongman", "autocrat", "dictator", "veteran", "tycoon",
            "billionaire", "incumbent", "premier", "firebrand", "hardliner", "populist");
    private static final java.util.regex.Pattern RUN_BY = java.util.regex.Pattern.compile(
            "([\\p{Lu}][\\p{L}.]*)-(?:run|controlled|led|owned|appointed)\\b");
    /** Organs of a state's government: without a country named they are those of the state an article is about. */
    private static final Set<String> ORGANS = Set.of("ministry", "ministries", "government", "cabinet", "administration",
            "presidency", "police", "military", "army", "navy", "forces", "embassy", "consulate", "authorities",
            "parliament", "guard", "guards", "committee");

    private final MentionParser mentions;
    private final SubjectFinder subjects;
    private final SourceFinder phrases;
    private final Set<String> titles;
    private final BodyNames bodies;
    private final PeopleFinder peopleFinder;
    private final PartyResolver parties;
    private final Map<String, Optional<Party>> roleParties;
    private final OfficeHolders holders;
    private final UnqualifiedTitles unqualified;
    private final Outlets outlets;

    /**
     * @param roleParties what {@code parties} says of each role, remembered across articles: a
     *                    role names its party whatever the article, and the same roles come back
     * @param holders     who held which office when: a person named without a role has the office
     *                    held on the article's date
     * @param unqualified titles without a country read in the outlet's home country ("the Prime
     *                    Minister" in a British paper)
     * @param outlets     news outlets: a state medium speaks for its government ("news agency Belta said")
     */
    SpeakerResolver(Lexicons lexicons, PartyResolver parties, Map<String, Optional<Party>> roleParties,
                    OfficeHolders holders, UnqualifiedTitles unqualified, Outlets outlets) {
        this.mentions = new MentionParser(lexicons);
        this.subjects = new SubjectFinder(lexicons);
        this.phrases = new SourceFinder(lexicons);
        this.titles = lexicons.titles();
        this.bodies = new BodyNames(lexicons.bodies());
        this.peopleFinder = new PeopleFinder(lexicons, mentions);
        this.parties = parties;
        this.roleParties = roleParties;
        this.holders = holders;
        this.unqualified = unqualified;
        this.outlets = outlets;
    }

    /** The speaker of each statement, in the order given (text order). */
    List<Speaker> resolve(Article article, ArticleText a, List<Found> found, List<Furniture> captions) {
        ArticleCast cast = new ArticleCast(peopleFinder.find(a), article, parties);
        List<Mention> parsed = new ArrayList<>(found.size());
        for (Found f : found) {
            parsed.add(f.source() == null ? null : mentions.parse(a, f.source()));
        }
        linkRolesToNames(a, cast, found, parsed);
        giveOffices(article, cast);
        List<Speaker> speakers = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Mention m = parsed.get(k);
            if (m == null) {
                speakers.add(Speaker.UNKNOWN);
                continue;
            }
            int at = f.source().first();
            Speaker s = switch (m.kind()) {
                case PRONOUN -> PERSONAL.contains(m.name()) ? personBefore(a, cast, at, captions) : cast.lastGroup();
                case NAME -> named(cast, m);
                case ROLE -> byRole(a, cast, m, at);
            };
            s = s == null ? Speaker.UNKNOWN : s;
            cast.spoke(s, at);
            speakers.add(s);
        }
        return speakers;
    }

    /**
     * Gives a role mention that no one named before fits to the person the article names next,
     * within two sentences and with no one else named in between, when that person has no role yet
     * or one the mention fits: the person's first mention is then the role.
     */
    private void linkRolesToNames(ArticleText a, ArticleCast cast, List<Found> found, List<Mention> parsed) {
        for (Mention m : parsed) { // "Majid Takht-Ravanchi, Iran's deputy foreign minister": the role is known first
            Person p = m == null || m.kind() != Mention.Kind.NAME || m.role() == null ? null : cast.find(m.name());
            if (p != null && p.role() == null && titles.contains(m.roleHead())) {
                cast.introduce(p, m.role());
            }
        }
        for (int k = 0; k < found.size(); k++) {
            Mention m = parsed.get(k);
            if (m == null || m.kind() != Mention.Kind.ROLE || bodies.isBody(m.text())) {
                continue;
            }
            RoleMatch role = RoleMatch.of(m.role(), titles, this::partyOf);
            int at = found.get(k).source().first();
            if (role == null || !hasOfficeHead(m) || indefinite(m) || cast.withRole(role, at) != null) {
                continue; // "a Palestinian official" is someone unnamed, not the next person named
            }
            Person next = null;
            for (Person p : cast.people()) {
                if (p.firstAt() > at && (next == null || p.firstAt() < next.firstAt())) {
                    next = p;
                }
            }
            if (next != null && compatible(role, m.role(), next.role())
                    && sentenceOf(a, next.firstAt()) - sentenceOf(a, at) <= LINK_SENTENCES) {
                cast.link(next, m.role(), next.role() != null && !role.fits(next.role()), at);
            }
        }
    }

    /**
     * Gives the people named without a role the office they held on the article's date, with its
     * party, from the directory of office holders: "Trump said" in 2026 is the US President's.
     */
    private void giveOffices(Article article, ArticleCast cast) {
        if (article.date() == null || holders == null) {
            return;
        }
        ArticleContext context = parties.context(article);
        for (Person p : List.copyOf(cast.people())) {
            Optional<Holder> holder = holders.holderOf(p.name(), article.date(), context);
            if (holder.isEmpty()) {
                continue;
            }
            List<Holder.Term> terms = holder.get().termsOn(article.date());
            Optional<Party> side = holder.get().partyOn(article.date());
            side.ifPresent(party -> cast.holds(p.name(), party.name()));
            if (p.role() == null && !terms.isEmpty()) {
                cast.introduce(p, terms.get(0).office());
            }
        }
    }

    /** Whether a role mention can be a person's role: the person has none, or one of the two fits the other. */
    private boolean compatible(RoleMatch mention, String mentionRole, String personRole) {
        if (personRole == null || mention.fits(personRole)) {
            return true;
        }
        RoleMatch person = RoleMatch.of(personRole, titles, this::partyOf);
        return person != null && person.fits(mentionRole);
    }

    private static boolean indefinite(Mention m) {
        String t = m.text().toLowerCase(Locale.ROOT);
        return t.startsWith("a ") || t.startsWith("an ") || t.startsWith("one ") || t.startsWith("another ");
    }

    private boolean hasOfficeHead(Mention m) {
        return m.role() != null && titles.contains(m.roleHead());
    }

    private static int sentenceOf(ArticleText a, int token) {
        List<Sentence> sentences = a.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).first() <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Whom "he" or "she" at token {@code at} stands for: the person the sentence before names as
     * its subject ("Her counterpart, Aurel Kostović, struck a harder tone. He told ...", "The Prime
     * Minister flew to Brussels. He said ..."), when that comes after the last person who spoke;
     * else that last person.
     */
    private Speaker personBefore(ArticleText a, ArticleCast cast, int at, List<Furniture> captions) {
        if (cast.lastPerson() == null) { // nobody has spoken yet: the person named last ("Lukashenko ... he said")
            Person named = cast.lastNamedBefore(a, at);
            return named == null ? null : Speaker.person(named.name(), named.role(),
                    named.role() == null ? cast.heldFor(named.name()) : partyOf(cast, named.role(), partyOf(named.role())));
        }
        List<Sentence> sentences = a.sentences();
        int k = sentenceOf(a, at);
        int previous = k - 1;
        while (previous > 0 && inCaption(a, sentences.get(previous), captions)) {
            previous--; // a photo caption between paragraphs is no part of the story's thread
        }
        if (previous < 0 || k == 0 || sentences.get(previous).first() <= cast.lastPersonAt()) {
            return cast.lastPerson();
        }
        Sentence before = sentences.get(previous);
        TokenSpan subject = subjects.subject(a, before, before.end());
        if (subject != null && subject.end() < before.end() && a.token(subject.end()).is(',')) {
            subject = phrases.nounPhraseRight(a, before, subject.first()); // "Her counterpart, Aurel Kostović,"
        }
        if (subject == null) {
            return cast.lastPerson();
        }
        Mention m = mentions.parse(a, subject);
        if (m.kind() == Mention.Kind.NAME && m.name().indexOf(' ') > 0 && m.role() != null
                && titles.contains(m.roleHead()) && cast.partyOfMention(m.name()) == null) {
            return named(cast, m);
        }
        if (m.kind() == Mention.Kind.NAME && cast.find(m.name()) != null && cast.partyOfMention(m.name()) == null) {
            return named(cast, m); // "Mr Lukashenko flew to Sochi. He said ..."
        }
        RoleMatch role = m.kind() == Mention.Kind.ROLE && !bodies.isBody(m.text())
                ? RoleMatch.of(m.role(), titles, this::partyOf) : null;
        Person person = role == null ? null : cast.withRole(role, subject.first());
        return person != null ? Speaker.person(person.name(), person.role(),
                partyOf(cast, person.role(), partyOf(person.role()))) : cast.lastPerson();
    }

    private static boolean inCaption(ArticleText a, Sentence s, List<Furniture> captions) {
        return PageFurniture.covers(captions, a.token(s.first()).start(), a.token(s.end() - 1).end());
    }

    private Speaker named(ArticleCast cast, Mention m) {
        int comma = m.text().indexOf(',');
        String head = comma < 0 ? m.text() : m.text().substring(0, comma).strip(); // "The Citadel, for its part"
        Party party = cast.partyNamedBy(head); // "The State Department", whatever the parser made of it
        if (party != null) {
            return Speaker.body(bodies.isBody(head) || seatOfPower(party, head) ? bodies.name(head) : party.name(),
                    party.name());
        }
        Speaker medium = stateMedium(head);
        if (medium != null) {
            return medium;
        }
        boolean nameInHead = head.contains(m.name()); // not "The director of Iran's state broadcaster, Hadi Karimi"
        if (bodies.isBody(head) && nameInHead && !head.startsWith(m.name() + " of ")) { // not "Irena Vuksic of the Amber Institute"
            return bodyOf(cast, head); // "Israeli Prime Minister Benjamin Netanyahu's office"
        }
        if (m.role() == null || !hasTitle(m.role())) { // "Tolmir", and "the things Tolmir" too
            party = cast.partyOfMention(head);
            party = party != null ? party : cast.partyOfMention(m.name());
            if (party != null) {
                return Speaker.body(party.name(), party.name());
            }
            String opposition = oppositionOf(cast, head);
            if (opposition != null && cast.find(m.name()) == null) {
                return Speaker.body(bodies.name(head), opposition); // "the Coordination Council"
            }
        }
        Person person = cast.find(m.name());
        if (person == null) {
            person = cast.add(new Person(m.name(), m.role(), -1));
        } else if (person.role() == null && m.role() != null && titles.contains(m.roleHead())) {
            person = cast.introduce(person, m.role()); // "Her counterpart, Aurel Kostović": later "Mr Kostović" too
        }
        String role = m.role() != null ? m.role() : person.role();
        String side = partyOf(role);
        if (side == null && m.role() != null) {
            side = partyOf(person.role()); // "Medinsky, a former culture minister": still Russia's chief negotiator
        }
        if (side == null && role != null) {
            side = possessor(cast, role); // "The European Commission's Maros Šefčovič"
        }
        if (side == null && role != null && !role.toLowerCase(Locale.ROOT).endsWith("'s")) {
            side = partyOf(cast, role, null); // "Tehran's deputy foreign minister", in an article about Iran
        }
        if (side == null) {
            side = cast.heldFor(person.name()); // the office the directory says the person held that day
        }
        if (side == null && role != null) {
            side = oppositionOf(cast, role); // "opposition leader Sviatlana Tsikhanouskaya"
        }
        if (side == null && m.role() != null) {
            side = stateOfOrgan(cast, m.role()); // "Interior Ministry spokeswoman Olga Chemodanova"
        }
        if (side == null && comma > 0) { // "lawyer Maxim Znak, a member of the Coordination Council"
            String appositive = m.text().substring(comma + 1).strip();
            side = partyOf(cast, appositive, partyOf(appositive));
            side = side != null ? side : oppositionOf(cast, appositive);
        }
        if (side == null && role != null && unqualified != null) {
            side = unqualified.partyOf(role, cast.article()).map(Party::name).orElse(null); // "Prime Minister Boris Johnson"
        }
        return Speaker.person(person.name(), role, side);
    }

    /**
     * A body as the article names it, under the party its words name ("Israel's military") or, for
     * an office of a person ("Netanyahu's office"), that person's party.
     */
    private Speaker bodyOf(ArticleCast cast, String head) {
        Party party = cast.partyOfMention(head);
        String side = party == null ? null : party.name();
        int possessive = Math.max(head.lastIndexOf("'s "), head.lastIndexOf("’s "));
        if (side == null && possessive > 0) {
            String owner = head.substring(0, possessive);
            Person person = cast.find(owner.substring(owner.lastIndexOf(' ') + 1));
            side = person == null ? null : partyOf(cast, person.role(), partyOf(person.role()));
        }
        java.util.regex.Matcher run = RUN_BY.matcher(head);
        if (side == null && run.find()) {
            Party owner = cast.partyOfMention(run.group(1)); // "the Hamas-run health ministry"
            side = owner == null ? null : owner.name();
        }
        if (side == null) {
            side = stateOfOrgan(cast, head); // "the Interior Ministry", "border police"
        }
        return Speaker.body(bodies.name(head), side);
    }

    /** "The White House", "Downing Street", "the Kremlin": a metonym other than the capital names a body of its own. */
    private static boolean seatOfPower(Party party, String mention) {
        String m = mention.toLowerCase(Locale.ROOT);
        m = m.startsWith("the ") ? m.substring(4) : m;
        for (int i = party.kind().equals("state") ? 1 : 0; i < party.metonyms().size(); i++) {
            String form = party.metonyms().get(i).toLowerCase(Locale.ROOT);
            if ((form.startsWith("the ") ? form.substring(4) : form).equals(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation a role that is only its possessive names ("NATO's", "the European
     * Commission's"), or null. A state's possessive is no side: "France's Marine Le Pen" is not
     * France at the table.
     */
    private static String possessor(ArticleCast cast, String role) {
        String r = role.strip();
        if (!r.endsWith("'s") && !r.endsWith("’s")) {
            return null;
        }
        Party owner = cast.partyNamedBy(r.substring(0, r.length() - 2));
        return owner == null || "state".equals(owner.kind()) ? null : owner.name(); // "Hamas's Khalil al-Hayya"
    }

    private boolean hasTitle(String role) {
        for (String word : WORD_BREAKS.split(role.toLowerCase(Locale.ROOT))) {
            if (titles.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private String sideOf(ArticleCast cast, Person p) {
        String side = p.role() == null ? null : partyOf(cast, p.role(), partyOf(p.role()));
        return side != null ? side : cast.heldFor(p.name());
    }

    /** The person whose possessive opens a role mention ("Vladimir Putin's spokesman"), or null. */
    private static Person ownerOf(ArticleCast cast, String mention) {
        int possessive = Math.max(mention.indexOf("'s "), mention.indexOf("’s "));
        if (possessive <= 0) {
            return null;
        }
        String owner = mention.substring(0, possessive).strip();
        String last = owner.substring(owner.lastIndexOf(' ') + 1);
        return Character.isUpperCase(last.charAt(0)) ? cast.find(last) : null;
    }

    /** "The 66-year-old", "the strongman", "the veteran leader": a description of a person, not a role. */
    private static boolean describesAPerson(Mention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        if (!text.startsWith("the ")) {
            return false;
        }
        String head = m.roleHead();
        return AGE.matcher(head).matches() || DESCRIPTIONS.contains(head);
    }

    private Speaker byRole(ArticleText a, ArticleCast cast, Mention m, int at) {
        Speaker medium = stateMedium(BodyNames.beforeComma(m.text()).strip());
        if (medium != null) {
            return medium;
        }
        String opposition = oppositionOf(cast, BodyNames.beforeComma(m.text()).strip());
        if (opposition != null && !hasOfficeHead(m)) {
            return Speaker.body(bodies.name(m.text()), opposition); // "the opposition", "her campaign team"
        }
        if (bodies.isBody(m.text())) {
            return bodyOf(cast, BodyNames.beforeComma(m.text()).strip());
        }
        Person owner = ownerOf(cast, m.text());
        if (owner != null) { // "Vladimir Putin's spokesman": the person whose role names the owner, else anonymous
            String side = cast.heldFor(owner.name());
            side = side != null ? side : partyOf(cast, owner.role(), partyOf(owner.role()));
            Person staff = cast.withRole(RoleMatch.of(m.role(), titles, this::partyOf), at, owner.surname());
            Person sameSide = side == null ? null : cast.withRole(RoleMatch.of(m.role(), titles, r -> null), at);
            if (staff == null && sameSide != null && side.equals(sideOf(cast, sameSide))) {
                staff = sameSide; // "Trump's envoy": the US envoy the article named
            }
            return staff != null ? Speaker.person(staff.name(), staff.role(), side) : Speaker.person(null, m.role(), side);
        }
        RoleMatch role = RoleMatch.of(m.role(), titles, this::partyOf);
        Person person = role == null ? null : cast.withRole(role, at);
        if (person == null && describesAPerson(m)) {
            person = cast.main(a); // "The 66-year-old", "the strongman": the person the article is about
        }
        if (person != null) {
            String side = person.role() == null ? cast.heldFor(person.name())
                    : partyOf(cast, person.role(), partyOf(person.role()));
            return Speaker.person(person.name(), person.role(), side != null ? side : cast.heldFor(person.name()));
        }
        Party party = cast.partyOfMention(m.text());
        if (party != null && !hasOfficeHead(m)) {
            return Speaker.body(party.name(), party.name()); // "the Israelis", "the alliance"
        }
        if (m.role() == null) {
            return null;
        }
        Speaker titled = byUnqualifiedTitle(cast, m, party);
        if (titled != null) {
            return titled;
        }
        Speaker holder = holderOfTheOffice(cast, m);
        if (holder != null) {
            return holder; // "Israel's prime minister", on the article's date: the one who held the office
        }
        String side = partyOf(m.role());
        side = side != null ? side : party == null ? oppositionOf(cast, m.role()) : party.name();
        side = side != null ? side : stateOfOrgan(cast, m.role());
        Speaker earlier = side == null && !indefinite(m) ? cast.unnamed(m.roleHead()) : null;
        if (earlier != null) {
            return earlier; // "a Palestinian official said ... The official said": the same unnamed source
        }
        Speaker unnamed = Speaker.person(null, m.role(), side);
        cast.unnamed(m.roleHead(), unnamed);
        return unnamed;
    }

    /** A state medium named by the mention ("news agency Belta", "TASS"): a body of its government; else null. */
    private Speaker stateMedium(String mention) {
        if (outlets == null) {
            return null;
        }
        return outlets.stateMediumOf(mention).map(p -> Speaker.body(bodies.name(mention), p.name())).orElse(null);
    }

    /**
     * The person who held the office a definite role names with its party on the article's date
     * ("Israel's prime minister", "the Iranian foreign minister"), as the article names them; null
     * when the office, the party or the date leaves it open.
     */
    private Speaker holderOfTheOffice(ArticleCast cast, Mention m) {
        if (holders == null || cast.article().date() == null || indefinite(m) || m.role() == null) {
            return null;
        }
        String side = partyOf(cast, m.role(), partyOf(m.role()));
        Party party = side == null ? null : parties.registry().byName(side).orElse(null);
        if (party == null) {
            return null;
        }
        String[] words = m.role().split(" ");
        int from = words.length;
        while (from > 0 && titles.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
            from--; // the title words at the end: "prime minister", "defence minister"
        }
        if (from == words.length) {
            return null;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        Optional<Holder> holder = holders.titles().officeOf(title, party.name())
                .flatMap(o -> holders.holderOfOffice(o.office(), party, cast.article().date()));
        if (holder.isEmpty()) {
            return null;
        }
        Person named = cast.find(holder.get().name());
        return Speaker.person(named != null ? named.name() : holder.get().name(), m.role(), side);
    }

    /**
     * The state's opposition a role or mention speaks for ("opposition leader"), the state by the
     * role, else by the article, else the one whose opposition the article writes of; null when
     * none. The run decides whether the opposition is a side.
     */
    private String oppositionOf(ArticleCast cast, String roleOrMention) {
        Optional<Party> opposition = parties.oppositionOf(roleOrMention, cast.article());
        if (opposition.isEmpty() && roleOrMention != null
                && OPPOSITION.matcher(roleOrMention).find()
                && parties.oppositionOf("opposition " + roleOrMention, ArticleContext.NONE).isEmpty()) {
            opposition = cast.writtenOpposition(parties);
        }
        return opposition.map(Party::name).orElse(null);
    }

    /**
     * The state an organ of government without a country belongs to ("Interior Ministry
     * spokeswoman", "border police"): the one the article is about; null otherwise.
     */
    private String stateOfOrgan(ArticleCast cast, String role) {
        if (role == null || POSSESSOR.matcher(role).find()) {
            return null; // "the Gulf state's interior ministry" belongs to the state it names, maybe another
        }
        boolean organ = false;
        for (String w : ORGAN_BREAKS.split(role)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && cast.partyOfMention("the " + w + "s") != null) {
                return null; // "the Polish Border Guard" names its state, even where it does not resolve
            }
            organ |= ORGANS.contains(w.toLowerCase(Locale.ROOT));
        }
        if (organ) {
            return parties.stateOf(cast.article()).map(Party::name).orElse(null);
        }
        return null;
    }

    /**
     * "The Prime Minister" in a British paper: the person who held the office that day, named as
     * the cast has them when the article names them; null where the title names no one clearly.
     */
    private Speaker byUnqualifiedTitle(ArticleCast cast, Mention m, Party named) {
        if (unqualified == null || named != null || partyOf(m.role()) != null) {
            return null;
        }
        Optional<Holder> holder = unqualified.holderOf(m.role(), cast.article());
        if (holder.isPresent()) {
            Person person = cast.find(holder.get().name());
            String name = person != null ? person.name() : holder.get().name();
            return Speaker.person(name, m.role(), holder.get().partyOn(cast.article().date()).map(Party::name)
                    .orElse(null));
        }
        return unqualified.partyOf(m.role(), cast.article()).map(p -> Speaker.person(null, m.role(), p.name()))
                .orElse(null);
    }

    private String partyOf(String role) {
        if (role == null) {
            return null;
        }
        Optional<Party> party = roleParties.computeIfAbsent(role, parties::partyOfRole);
        return party.isPresent() ? party.get().name() : null;
    }

    /** The party of a role, with the article deciding what the role alone does not ("Tehran's envoy"). */
    private static String partyOf(ArticleCast cast, String role, String contextFree) {
        if (contextFree != null || role == null) {
            return contextFree;
        }
        Party party = cast.partyOfMention(role);
        return party == null ? null : party.name();
    }
}
