//! The attribution sieve, rule by rule. Every text is written for this
//! test. Each case lists the quotes it must yield: kind, content, the
//! speaker's canonical name (or the speaker words when no entity is
//! known, or nothing), and the rule that decided.

use pressroom::{QuoteKind, QuoteRule};

struct Want {
    kind: QuoteKind,
    content: &'static str,
    /// canonical name, or the words of the speaker when they resolve to no
    /// entity; `None` when the quote has no speaker
    speaker: Option<&'static str>,
    rule: QuoteRule,
}

const fn d(content: &'static str, speaker: Option<&'static str>, rule: QuoteRule) -> Want {
    Want { kind: QuoteKind::Direct, content, speaker, rule }
}

const fn r(content: &'static str, speaker: Option<&'static str>, rule: QuoteRule) -> Want {
    Want { kind: QuoteKind::Reported, content, speaker, rule }
}

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [Want],
}

use QuoteRule::*;

const CASES: &[Case] = &[
    Case {
        name: "cue after, speaker before the cue",
        text: "“The plant will open in May,” Olaf Scholz said.",
        want: &[d("The plant will open in May,", Some("Olaf Scholz"), CueAfter)],
    },
    Case {
        name: "cue after, speaker after the cue, with an apposition",
        text: "\"We expect a decision soon,\" said Dmitry Peskov, the Kremlin spokesman.",
        want: &[d("We expect a decision soon,", Some("Dmitry Peskov"), CueAfter)],
    },
    Case {
        name: "cue after, a name no list holds",
        text: "\"Prices will fall,\" said Maria Kovalenko, an analyst at a Moscow bank.",
        want: &[d("Prices will fall,", Some("Maria Kovalenko"), CueAfter)],
    },
    Case {
        name: "cue after, a group of people",
        text: "\"The talks are stuck,\" two senior officials said.",
        want: &[d("The talks are stuck,", Some("two senior officials"), CueAfter)],
    },
    Case {
        name: "cue before with a colon",
        text: "Sergey Lavrov said: \"Our position has not changed at all.\"",
        want: &[d("Our position has not changed at all.", Some("Sergey Lavrov"), CueBefore)],
    },
    Case {
        name: "cue before with a comma",
        text: "Emmanuel Macron told reporters, “Europe must stand together now.”",
        want: &[d("Europe must stand together now.", Some("Emmanuel Macron"), CueBefore)],
    },
    Case {
        name: "colon without a cue",
        text: "Xi Jinping: “We will open our markets wider to the world.”",
        want: &[d("We will open our markets wider to the world.", Some("Xi Jinping"), Colon)],
    },
    Case {
        name: "according to",
        text: "“The deal is done,” according to Antonio Guterres.",
        want: &[d("The deal is done,", Some("Antonio Guterres"), AccordingTo)],
    },
    Case {
        name: "source noun carried to later quotes",
        text: "Vladimir Putin sent a message to the forum.\n\n\"Science unites nations,\" the message reads.\n\n\"I wish you success,\" the message said.",
        want: &[
            d("Science unites nations,", Some("Vladimir Putin"), SourceNoun),
            d("I wish you success,", Some("Vladimir Putin"), SourceNoun),
        ],
    },
    Case {
        name: "condolences name the author of the message, whoever else the sentence names",
        text: "Vladimir Putin offered his deep condolences on the death of People's Artist of Russia Pavel Orlov.\n\nThe message reads, in part: \"Pavel Orlov was an outstanding actor and was loved by the whole nation.\" Film actor Pavel Orlov died in Moscow.",
        want: &[d(
            "Pavel Orlov was an outstanding actor and was loved by the whole nation.",
            Some("Vladimir Putin"),
            SourceNoun,
        )],
    },
    Case {
        name: "a name before two appositions, the first ending with a body",
        text: "Jonathan Hale, chief underwriting officer at Northgate Insurance, one of the first customers, said the tool works.",
        want: &[r("the tool works", Some("Jonathan Hale"), Reported)],
    },
    Case {
        name: "a message sent to someone is the sender's, not the addressee's",
        text: "Vladimir Putin conveyed his condolences on the passing of Pavel Orlov.\n\nThe message sent to the family and friends of Pavel Orlov reads, in part: \"He was a bright and talented man.\"",
        want: &[d("He was a bright and talented man.", Some("Vladimir Putin"), SourceNoun)],
    },
    Case {
        name: "an inverted cue before a description and the name in apposition",
        text: "\"It was a difficult year,\" stated the company's chairman, Robert Kim. \"But we emerged stronger,\" he continued.",
        want: &[
            d("It was a difficult year,", Some("Robert Kim"), CueAfter),
            d("But we emerged stronger,", Some("Robert Kim"), Pronoun),
        ],
    },
    Case {
        name: "a name and its apposition before a colon; a first name that is a place",
        text: "Carlos Mendes, the union's general secretary: \"Our members will vote next week.\"\n\n\"The market is changing fast,\" remarked analyst Sofia Petrova of Baltic Capital.",
        want: &[
            d("Our members will vote next week.", Some("Carlos Mendes"), Colon),
            d("The market is changing fast,", Some("Sofia Petrova"), CueAfter),
        ],
    },
    Case {
        name: "a person of a body speaks, not the body; a body's spokesperson speaks for it",
        text: "Dmitry Peskov of the Kremlin said talks with the delegation went well. Prof Martin Okoye of the University of Salford, who has studied food insecurity for a decade, said the figures were deeply worrying. A Department for Work and Pensions spokesperson said benefits had risen in line with inflation.",
        want: &[
            r("talks with the delegation went well", Some("Dmitry Peskov"), Reported),
            r("the figures were deeply worrying", Some("Martin Okoye"), Reported),
            r(
                "benefits had risen in line with inflation",
                Some("Department for Work and Pensions"),
                Reported,
            ),
        ],
    },
    Case {
        name: "the company: the buyer that opened the sentence, not the company it bought",
        text: "Greenfield Energy Partners LP (\"Greenfield\") today completed its acquisition of SunPeak Solar LLC, the company said in a statement. The company said it paid in cash.",
        want: &[
            r(
                "Greenfield Energy Partners LP (\"Greenfield\") today completed its acquisition of SunPeak Solar LLC",
                Some("Greenfield Energy Partners LP"),
                ReportedAfter,
            ),
            r("it paid in cash", Some("Greenfield Energy Partners LP"), Reported),
        ],
    },
    Case {
        name: "a dash byline on the line after the quote",
        text: "\"This is a great outcome for our team.\"\n— Laura Chen, founder and CEO, SunPeak Solar",
        want: &[d("This is a great outcome for our team.", Some("Laura Chen"), Dash)],
    },
    Case {
        name: "an unnamed spokesman of a listed body speaks for it",
        text: "A Kremlin spokesman said talks with the delegation went well. A Federal Reserve spokesman said the banking system had excess reserves.",
        want: &[
            r("talks with the delegation went well", Some("Kremlin"), Reported),
            r("the banking system had excess reserves", Some("Federal Reserve"), Reported),
        ],
    },
    Case {
        name: "a name before a description in apposition speaks, not the description",
        text: "Dr Amelia Stone, FoodLink's chief executive, said families in work were now among those most affected.",
        want: &[r(
            "families in work were now among those most affected",
            Some("Amelia Stone"),
            Reported,
        )],
    },
    Case {
        name: "a message quoted with no cue right after its sender's paragraph",
        text: "Vladimir Putin sent greetings to participants in the Science Prize ceremony.\n\n\"Your work resolves important problems and deserves the highest praise.\"",
        want: &[d(
            "Your work resolves important problems and deserves the highest praise.",
            Some("Vladimir Putin"),
            Sender,
        )],
    },
    Case {
        name: "no sender: a visit sends no message",
        text: "Vladimir Putin visited the Science Prize ceremony.\n\n\"Your work resolves important problems and deserves the highest praise.\"",
        want: &[d(
            "Your work resolves important problems and deserves the highest praise.",
            None,
            Unattributed,
        )],
    },
    Case {
        name: "\"but\" and a second cue of the speaker open a content of their own",
        text: "Angela Merkel said the budget was sound but argued that the deficit must fall.",
        want: &[
            r("the budget was sound", Some("Angela Merkel"), Reported),
            r("the deficit must fall", Some("Angela Merkel"), Reported),
        ],
    },
    Case {
        name: "\"but\" and a verb of the content's subject stay inside it",
        text: "Angela Merkel said the budget was sound but needed work.",
        want: &[r("the budget was sound but needed work", Some("Angela Merkel"), Reported)],
    },
    Case {
        name: "\"but\" and a wish of the content's subject stay inside it",
        text: "Angela Merkel said Germany acted to protect its reserves but wanted to avoid a confrontation.",
        want: &[r(
            "Germany acted to protect its reserves but wanted to avoid a confrontation",
            Some("Angela Merkel"),
            Reported,
        )],
    },
    Case {
        name: "a second verb of speech shares the speaker words of the first",
        text: "One senior banker said the deal was close but stressed that several banks had not agreed.",
        want: &[
            r("the deal was close", Some("One senior banker"), Reported),
            r("several banks had not agreed", Some("One senior banker"), Reported),
        ],
    },
    Case {
        name: "a verb in a relative clause shares no speaker",
        text: "The company said it bought the clinic, which had been owned by a local club and called Harbor Home.",
        want: &[r(
            "it bought the clinic, which had been owned by a local club",
            Some("The company"),
            Reported,
        )],
    },
    Case {
        name: "\"the agency\" is the last body the gazetteer calls an agency",
        text: "NASA selected three companies. The agency said the contracts were worth $5 million.",
        want: &[r("the contracts were worth $5 million", Some("NASA"), Reported)],
    },
    Case {
        name: "\"the agency\" is a body whose gazetteer name holds the noun, whatever its written form",
        text: "UNHCR said 114 million people had fled their homes. The agency said funding was short.",
        want: &[
            r("114 million people had fled their homes", Some("UN Refugee Agency"), Reported),
            r("funding was short", Some("UN Refugee Agency"), Reported),
        ],
    },
    Case {
        name: "\"the company\" is the body that spoke, not the last company whose name says so",
        text: "Northgate Media Inc said it will distribute films of the Walt Disney Company. The company said the deal covers 300 films.",
        want: &[
            r(
                "it will distribute films of the Walt Disney Company",
                Some("Northgate Media Inc"),
                Reported,
            ),
            r("the deal covers 300 films", Some("Northgate Media Inc"), Reported),
        ],
    },
    Case {
        name: "failure: an event is no speaker of what it was about; people at it are, and a meeting says what its communique does",
        text: "The discussion focused on trade and energy. The talks reaffirmed that the two countries share a position. Officials at the meeting agreed that the plan would go ahead. The meeting said in a communique that prices would rise.",
        want: &[
            r("the plan would go ahead", Some("Officials at the meeting"), Reported),
            r("prices would rise", Some("The meeting"), Reported),
        ],
    },
    Case {
        name: "a quote that opens on a capital after \"a.m.\" starts its own sentence",
        text: "Svitlana Hrytsenko said the blast woke her at 3 a.m. \"I thought the house would collapse,\" she said.",
        want: &[
            r("the blast woke her at 3 a.m", Some("Svitlana Hrytsenko"), Reported),
            d("I thought the house would collapse,", Some("Svitlana Hrytsenko"), Pronoun),
        ],
    },
    Case {
        name: "a pronoun after an inverted attribution is its speaker, not a person inside its content",
        text: "Whether voters back Donald Trump will be clear in May, said Jake Horowitz, editor of Mic.com. \"You have a very sophisticated operation,\" he said.",
        want: &[
            r(
                "Whether voters back Donald Trump will be clear in May",
                Some("Jake Horowitz"),
                ReportedAfter,
            ),
            d("You have a very sophisticated operation,", Some("Jake Horowitz"), Pronoun),
        ],
    },
    Case {
        name: "failure: a person right after \"said\" who opens the content is no inverted speaker",
        text: "William Simon, who served under Gerald Ford, said Ronald Reagan's tax cuts were positive. \"We ought to howl,\" he said.",
        want: &[
            r("Ronald Reagan's tax cuts were positive", Some("William Simon"), Reported),
            d("We ought to howl,", Some("William Simon"), Pronoun),
        ],
    },
    Case {
        name: "armed services and legislatures speak for themselves after a country's name",
        text: "Ukraine's air force said it shot down 31 drones. France's navy said the ship was safe. The country's parliament said it would vote on Monday.",
        want: &[
            r("it shot down 31 drones", Some("Ukraine's air force"), Reported),
            r("the ship was safe", Some("France's navy"), Reported),
            r("it would vote on Monday", Some("The country's parliament"), Reported),
        ],
    },
    Case {
        name: "failure: a statement of a body the story does not name is not its first person's",
        text: "Priya Natarajan said revenue rose by a fifth. The ministry said in a statement that it had summoned the ambassador. \"This is unacceptable,\" the statement read.",
        want: &[
            r("revenue rose by a fifth", Some("Priya Natarajan"), Reported),
            r("it had summoned the ambassador", Some("The ministry"), Reported),
            d("This is unacceptable,", Some("the statement"), SourceNoun),
        ],
    },
    Case {
        name: "a demonym opens the speaker's noun phrase after an inverted cue, as headlines write it",
        text: "'We are ready to talk,' says Finnish foreign minister\n\n\"Our creditors were neglected,\" said a Japanese bank official.",
        want: &[
            d("We are ready to talk,", Some("Finnish foreign minister"), CueAfter),
            d("Our creditors were neglected,", Some("a Japanese bank official"), CueAfter),
        ],
    },
    Case {
        name: "a clause of two words, a subject and its verb, is content; an article and a participle cut short are not",
        text: "Priya Natarajan said revenue rose. A congressional study said the proposed rules would fail.",
        want: &[
            r("revenue rose", Some("Priya Natarajan"), Reported),
            r("the proposed rules would fail", Some("A congressional study"), Reported),
        ],
    },
    Case {
        name: "a name and its role in parentheses after a quote is its speaker; a translation in parentheses is none",
        text: "Maria Costa commented: \"The results speak for themselves.\"\n\n\"Customers asked for it, and we delivered.\" (Tom Becker, founder)\n\nShe starred in \"Homme, femmes\" (Men, women) last year.",
        want: &[
            d("The results speak for themselves.", Some("Maria Costa"), CueBefore),
            d("Customers asked for it, and we delivered.", Some("Tom Becker"), Dash),
        ],
    },
    Case {
        name: "a name that holds the noun wins over a body of that type",
        text: "The Bank of England raised rates after the Federal Reserve did. The bank said inflation was too high.",
        want: &[r("inflation was too high", Some("Bank of England"), Reported)],
    },
    Case {
        name: "failure: \"a bank\" is some bank the story does not name",
        text: "The World Bank approved the loan. A bank said the money would fund schools.",
        want: &[r("the money would fund schools", Some("A bank"), Reported)],
    },
    Case {
        name: "a list of capitalised words inside an apposition",
        text: "Executive Vice-President Teresa Ribera, in charge of Clean, Just and Competitive Transition, said: \"The scheme will cut imports.\"",
        want: &[d("The scheme will cut imports.", Some("Teresa Ribera"), CueBefore)],
    },
    Case {
        name: "the sender after a title, with the addressee named by given name",
        text: "President of Russia Vladimir Putin sent a message of greetings to actor Ivan Zolotov on his birthday.\n\nThe message reads, in part: \"You have fulfilled your dream.\"",
        want: &[d("You have fulfilled your dream.", Some("Vladimir Putin"), SourceNoun)],
    },
    Case {
        name: "failure: a message that opens the story is not the person named after it",
        text: "Greetings to the winners of the vocal competition\n\nThe message reads, in part: \"We are delighted.\"\n\nThe competition was founded by Ivan Zolotov.",
        want: &[d("We are delighted.", Some("The message"), SourceNoun)],
    },
    Case {
        name: "a pronoun is the first person of the latest sentence that names one, not the last",
        text: "Ramon Diaz said the agency based its estimates on the tax returns of associates of Ferdinand Marcos. \"Anything over reported income we must recover,\" he said.",
        want: &[
            r(
                "the agency based its estimates on the tax returns of associates of Ferdinand Marcos",
                Some("Ramon Diaz"),
                Reported,
            ),
            d("Anything over reported income we must recover,", Some("Ramon Diaz"), Pronoun),
        ],
    },
    Case {
        name: "a pronoun skips a person in an opening participle's clause",
        text: "Addressing Anatoly Bibilov, Vladimir Putin emphasised the alliance. He expressed confidence that ties would grow.",
        want: &[r("confidence that ties would grow", Some("Vladimir Putin"), Reported)],
    },
    Case {
        name: "a pronoun skips a person named inside quote marks",
        text: "\"James Baker may look responsible for this,\" said Robert Brusca of Nikko Securities. \"All that happened was obvious,\" he said.",
        want: &[
            d("James Baker may look responsible for this,", Some("Robert Brusca"), CueAfter),
            d("All that happened was obvious,", Some("Robert Brusca"), Pronoun),
        ],
    },
    Case {
        name: "failure: a source who asked not to be named says nothing by it; the head before the clause speaks",
        text: "A farmer from Kanbalu township, who asked not to be named, said he lost his wife in the attack.",
        want: &[r(
            "he lost his wife in the attack",
            Some("A farmer from Kanbalu township"),
            Reported,
        )],
    },
    Case {
        name: "the head before an age speaks",
        text: "A local farmer, 42, said the water had risen overnight.",
        want: &[r("the water had risen overnight", Some("A local farmer"), Reported)],
    },
    Case {
        name: "\"according to him\" is a pronoun",
        text: "Sergey Lavrov noted that Moscow had sent its proposals. According to him, the Russian side expects a response within weeks.",
        want: &[
            r("Moscow had sent its proposals", Some("Sergey Lavrov"), Reported),
            r(
                "the Russian side expects a response within weeks",
                Some("Sergey Lavrov"),
                AccordingTo,
            ),
        ],
    },
    Case {
        name: "\"the top Russian diplomat\" is the foreign minister",
        text: "\"We are open to dialogue,\" the top Russian diplomat told reporters.",
        want: &[d("We are open to dialogue,", Some("Sergey Lavrov"), CueAfter)],
    },
    Case {
        name: "a hyphen byline on the next line, with a style before the name",
        text: "Quotes\n\n\"Canada stands with the people of Sudan.\"\n- The Honourable Mélanie Joly, Minister of Foreign Affairs\n\n\"Our partners are reaching people.\"\n- Hon. Ahmed Hussen, Minister of International Development",
        want: &[
            d("Canada stands with the people of Sudan.", Some("Melanie Joly"), Dash),
            d("Our partners are reaching people.", Some("Ahmed Hussen"), Dash),
        ],
    },
    Case {
        name: "failure: a bullet after a quote is no byline",
        text: "\"The plan is ready.\"\n- The plan includes new schools",
        want: &[d("The plan is ready.", None, Unattributed)],
    },
    Case {
        name: "\"it\" is the body that opens its sentence, or the one that spoke before",
        text: "Tesla Inc shares fell. The company delivered 495,570 vehicles in the quarter, it said in a statement. Grumman Aerospace Corp won a 109.1 mln dlr contract, the Defense Department said. It said the work would end in July.",
        want: &[
            r(
                "The company delivered 495,570 vehicles in the quarter",
                Some("Tesla"),
                ReportedAfter,
            ),
            r(
                "Grumman Aerospace Corp won a 109.1 mln dlr contract",
                Some("Defense Department"),
                ReportedAfter,
            ),
            r("the work would end in July", Some("Defense Department"), Reported),
        ],
    },
    Case {
        name: "failure: \"it\" after a person names no body",
        text: "John Smith left the firm. \"We will grow,\" it said.",
        want: &[d("We will grow,", Some("it"), Pronoun)],
    },
    Case {
        name: "\"the airline\" is the company named before it",
        text: "Lufthansa canceled nearly 300 flights on Wednesday. \"We regret the inconvenience,\" the airline said in a statement.",
        want: &[d("We regret the inconvenience,", Some("Lufthansa"), CueAfter)],
    },
    Case {
        name: "a person of a body's office speaks, past the body's owner",
        text: "A jury convicted the owner on Thursday.\n\nSpecial Agent in Charge Akil Davis of the FBI's Los Angeles Field Office said the verdict was fair.",
        want: &[r("the verdict was fair", Some("Akil Davis"), Reported)],
    },
    Case {
        name: "a town and its country inside an apposition",
        text: "The study was published on Monday.\n\nCo-author Marcus Heller, a professor at Coral Coast University in Townsville, Australia, said the spawning could leave larvae hungry. A farmer in Lyon, France, said prices fell sharply.",
        want: &[
            r("the spawning could leave larvae hungry", Some("Marcus Heller"), Reported),
            r("prices fell sharply", Some("A farmer in Lyon"), Reported),
        ],
    },
    Case {
        name: "people before a place or a modifier speak, not the place; the outer head of chained modifiers",
        text: "Prices fell on Monday. Traders in London said demand was thin. A farmer in the north said the harvest was late. A spokesman at strike headquarters for the dockers in Rotterdam said talks would resume. Both buyers and makers of steel said stocks were high.",
        want: &[
            r("demand was thin", Some("Traders in London"), Reported),
            r("the harvest was late", Some("A farmer in the north"), Reported),
            r("talks would resume", Some("A spokesman"), Reported),
            r("stocks were high", Some("Both buyers and makers of steel"), Reported),
        ],
    },
    Case {
        name: "a block after \"said:\": unmarked paragraphs in the speaker's voice, up to the narration",
        text: "The Transport Secretary announced new funding today.\n\nTransport Secretary Helen Marsh said:\n\nThese roads carry millions of journeys every year.\n\nWe are investing so that every one of them is safer, and I want work to start this spring.\n\nThe funding will be spread over five years. Councils will bid for it.\n\nAfter the list, officials said:\n\n\"Bids close in June.\"",
        want: &[
            r("new funding today", Some("The Transport Secretary"), Reported),
            r("These roads carry millions of journeys every year", Some("Helen Marsh"), Block),
            r(
                "We are investing so that every one of them is safer, and I want work to start this spring",
                Some("Helen Marsh"),
                Continuation,
            ),
            d("Bids close in June.", Some("officials"), CueBefore),
        ],
    },
    Case {
        name: "failure: a colon that opens a list after a verb that is no speech",
        text: "WASHINGTON, Feb 26 - The following offerings were filed with the Securities and Exchange Commission:\n    Northwind Corp - Offering of 25 mln dlrs of notes.\n\nThe newsletter gave these figures for the producer states:\n\nParana: 40 pct.",
        want: &[],
    },
    Case {
        name: "a press conference: outlets ask, the spokesperson answers; no outlet heads a turn before the transcript",
        text: "Reuters: a note on sources.\n\nSpokesperson Mao Ning: Good afternoon. We have two announcements.\n\nReuters: What is China's response to the new export controls?\n\nMao Ning: We firmly oppose them.\n\nAFP: Will the minister attend the meeting?\n\nMao Ning: We will release information in due course.",
        want: &[
            r("Good afternoon. We have two announcements", Some("Mao Ning"), Transcript),
            r("What is China's response to the new export controls", Some("Reuters"), Transcript),
            r("We firmly oppose them", Some("Mao Ning"), Transcript),
            r("Will the minister attend the meeting", Some("Agence France-Presse"), Transcript),
            r("We will release information in due course", Some("Mao Ning"), Transcript),
        ],
    },
    Case {
        name: "a body's programme speaks",
        text: "Cholera is spreading. The agency's Health Emergencies Programme said vaccine stocks remain low.",
        want: &[r("vaccine stocks remain low", Some("Health Emergencies Programme"), Reported)],
    },
    Case {
        name: "a recipient after \"told\" before an owner's clause; \"wrote to\" names a recipient, not content",
        text: "The derby ended 3-1.\n\nUnited coach Ruben Amorim told reporters his team had been too passive. The senators wrote to the Defense Secretary on Tuesday about the delays.",
        want: &[r("his team had been too passive", Some("Ruben Amorim"), Reported)],
    },
    Case {
        name: "a place after a title, with or without a first name, is a surname",
        text: "Today, the Honourable Mark Holland, Minister of Health, announced funding for 18 youth projects.\n\n\"No young person should wait months,\" said Minister Holland.",
        want: &[
            r("funding for 18 youth projects", Some("Mark Holland"), Reported),
            d("No young person should wait months,", Some("Mark Holland"), CueAfter),
        ],
    },
    Case {
        name: "an interview's answers are the interviewee's; its questions have no speaker the story names",
        text: "The head of the port, Pieter Vos, spoke to us about hydrogen.\n\nQ: How fast can the port change?\n\nA: Faster than people think. We start next year.\n\nQ: What is the biggest obstacle?\n\nA: Permits, above all.",
        want: &[
            r("How fast can the port change", Some("Q"), Transcript),
            r("Faster than people think. We start next year", Some("Pieter Vos"), Transcript),
            r("What is the biggest obstacle", Some("Q"), Transcript),
            r("Permits, above all", Some("Pieter Vos"), Transcript),
        ],
    },
    Case {
        name: "a newspaper named before its media noun speaks",
        text: "Prices rose on Friday. Britain's Sun newspaper reported that the minister would retire. The Zycie Warszawy daily said the talks had failed.",
        want: &[
            r("the minister would retire", Some("Sun"), Reported),
            r("the talks had failed", Some("Zycie Warszawy"), Reported),
        ],
    },
    Case {
        name: "a person of a force's team speaks, past the force's possessive",
        text: "A cyclist was injured.\n\nSergeant Emma Doyle of West Yorkshire Police's Major Collision Enquiry Team said: \"We are keen to speak to anyone who saw it.\"",
        want: &[d("We are keen to speak to anyone who saw it.", Some("Emma Doyle"), CueBefore)],
    },
    Case {
        name: "a company whose name ends with its suffix's period speaks",
        text: "SEOUL, Korea – October 30, 2026 – Samsung Electronics Co., Ltd. today said revenue reached KRW 86 trillion for the quarter.",
        want: &[r("revenue reached KRW 86 trillion for the quarter", Some("Samsung"), Reported)],
    },
    Case {
        name: "an abbreviation with periods inside the speaker's words",
        text: "The Pentagon declined to comment. A U.S. official, speaking on condition of anonymity, told Reuters the drones were in international airspace.",
        want: &[r("the drones were in international airspace", Some("A U.S. official"), Reported)],
    },
    Case {
        name: "a named person's own clause after \", and\" ends the content; a list of names before a verb does not",
        text: "Mining jobs are at stake. Trump is promising to bring back lost mining jobs, and Hillary Clinton is promising to help mining towns. The company said Taft, its vice chairman, and Narragansett had offered 145 dlrs a share.",
        want: &[
            r("to bring back lost mining jobs", Some("Donald Trump"), Reported),
            r("to help mining towns", Some("Hillary Clinton"), Reported),
            r(
                "Taft, its vice chairman, and Narragansett had offered 145 dlrs a share",
                Some("The company"),
                Reported,
            ),
        ],
    },
    Case {
        name: "the one-word company that opens a wire story is \"the company\" later",
        text: "UNOCAL <UCL> RAISES CRUDE POSTINGS\n\nNEW YORK, June 18 - Unocal said it raised its postings for crude oil by 50 cts a barrel. The company said it is now posting West Texas Intermediate at 19 dlrs.",
        want: &[
            r("it raised its postings for crude oil by 50 cts a barrel", Some("Unocal"), Reported),
            r("it is now posting West Texas Intermediate at 19 dlrs", Some("Unocal"), Reported),
        ],
    },
    Case {
        name: "an announcement after its content, with a long tail after the announcer",
        text: "It rained.\n\nThe UK will provide more systems to Ukraine, the Defence Secretary John Healey announced today during his visit to Kyiv, where he met Zelenskyy and Defence Minister Denys Shmyhal.",
        want: &[r(
            "The UK will provide more systems to Ukraine",
            Some("John Healey"),
            ReportedAfter,
        )],
    },
    Case {
        name: "nouns of clubs, exchanges, funds and boards speak for the body the story named",
        text: "FC Porto have signed a midfielder from Palmeiras. The club said the fee was 18 million euros. The American Stock Exchange halted trading in Acme. The exchange said news was pending. The Securities and Exchange Commission sued Zeta Corp. The exchange said it would reopen at noon.",
        want: &[
            r("the fee was 18 million euros", Some("FC Porto"), Reported),
            r("news was pending", Some("American Stock Exchange"), Reported),
            r("it would reopen at noon", Some("American Stock Exchange"), Reported),
        ],
    },
    Case {
        name: "the last of two nouns of bodies is the speaker's head",
        text: "Traders may trade after the close, according to an exchange spokeswoman.",
        want: &[r(
            "Traders may trade after the close",
            Some("an exchange spokeswoman"),
            AccordingTo,
        )],
    },
    Case {
        name: "single marks around a quote of two paragraphs, as British releases set them",
        text: "A woman was hurt.\n\nDetective Sergeant Helen Marsh, of the Collision Investigation Unit, said: 'This was a very serious collision.\n\n'We would like to hear from drivers who have dashcam footage.'\n\nAnyone with information is asked to call 101.",
        want: &[d(
            "This was a very serious collision.\n\n'We would like to hear from drivers who have dashcam footage.",
            Some("Helen Marsh"),
            CueBefore,
        )],
    },
    Case {
        name: "a date inside an object is the object's when an agent follows, and a day goes with its month",
        text: "The Secretary-General welcomes the agreement signed in Doha on 13 March by the Government of the Congo. The senator criticized the budget on 4 March.",
        want: &[
            r(
                "the agreement signed in Doha on 13 March by the Government of the Congo",
                Some("The Secretary-General"),
                Reported,
            ),
            r("the budget", Some("The senator"), Reported),
        ],
    },
    Case {
        name: "the sender of \"the following statement\" speaks, not the person its topic names",
        text: "OTTAWA, June 2, 2026 /CNW/ - The Prime Minister, Mark Carney, today issued the following statement on the passing of the Right Honourable David Johnston:\n\n\"It is with great sadness that I learned of his passing.\"",
        want: &[d(
            "It is with great sadness that I learned of his passing.",
            Some("Mark Carney"),
            CueBefore,
        )],
    },
    Case {
        name: "a noun of bodies before a name is no body of its own",
        text: "Samsung Electronics unveiled a phone. According to market research firm Counterpoint Research, Samsung held 58% of the market.",
        want: &[r("Samsung held 58% of the market", Some("Counterpoint Research"), AccordingTo)],
    },
    Case {
        name: "quotes under a heading that attributes them, up to the next heading",
        text: "The Government will invest $1.2 billion in the highway.\n\nQuotes attributable to Minister for Infrastructure Catherine King:\n\n\"The highway is the backbone of the state.\"\n\nQuotes attributable to Member of Parliament Tom Briggs:\n\n\"Locals have called for this upgrade for years.\"\n\nMedia contact: 02 6277 7680",
        want: &[
            d("The highway is the backbone of the state.", Some("Catherine King"), Attributable),
            d("Locals have called for this upgrade for years.", Some("Tom Briggs"), Attributable),
        ],
    },
    Case {
        name: "the time of the saying is not what was said",
        text: "Sergei Lavrov said on Thursday there were no grounds for optimism. Netanyahu said late Wednesday that he would go ahead with the meeting. Cruz said Thursday during a taping that states can pass such laws. Shigeru Ishiba agreed Saturday to expand cooperation.",
        want: &[
            r("there were no grounds for optimism", Some("Sergey Lavrov"), Reported),
            r("he would go ahead with the meeting", Some("Benjamin Netanyahu"), Reported),
            r("states can pass such laws", Some("Cruz"), Reported),
            r("to expand cooperation", Some("Shigeru Ishiba"), Reported),
        ],
    },
    Case {
        name: "an \"as\" clause whose verb has a complement of its own says nothing of the words before it",
        text: "The bank cut its key rate by 25 basis points on Friday, as it sought to support growth. Prices will rise this year, as the minister said.",
        want: &[
            r("to support growth", Some("it"), Reported),
            r("Prices will rise this year", Some("the minister"), Reported),
        ],
    },
    Case {
        name: "a verb that takes an object does not come before its subject",
        text: "The Asantehene, Otumfuo Osei Tutu II, thanked the President for the project. Many Latino Republicans are doing so, thanks to Trump. The bid, rejected by the food group, is worth 270 mln stg.",
        want: &[],
    },
    Case {
        name: "\"the company\" may be a company named by its trade",
        text: "Siemens Energy said it would cut 4,100 jobs at Siemens Gamesa. The cuts will mostly hit Germany and Spain, the company said in a statement.",
        want: &[
            r("it would cut 4,100 jobs at Siemens Gamesa", Some("Siemens Energy"), Reported),
            r("The cuts will mostly hit Germany and Spain", Some("Siemens Energy"), ReportedAfter),
        ],
    },
    Case {
        name: "a compound modifier in the speaker's words",
        text: "\"The market likes the clarity,\" one Frankfurt-based trader said.",
        want: &[d("The market likes the clarity,", Some("one Frankfurt-based trader"), CueAfter)],
    },
    Case {
        name: "a body before a noun of people modifies it; the person after is the speaker",
        text: "The meeting went badly, said one GOP source in the room. Sales will slow this year, said Hutton Group analyst Michael Lewis. Talks were hard, according to a Kremlin spokesman.",
        want: &[
            r("The meeting went badly", Some("one GOP source"), ReportedAfter),
            r("Sales will slow this year", Some("Michael Lewis"), ReportedAfter),
            r("Talks were hard", Some("Kremlin"), AccordingTo),
        ],
    },
    Case {
        name: "the person a body's title names speaks; a medium after the verb is no content",
        text: "\"The safety of our customers is our top priority,\" said Greenfield Foods President Luis Ortega. The past decade was the warmest on record, the World Meteorological Organization said in its State of the Global Climate report released on Thursday.",
        want: &[
            d("The safety of our customers is our top priority,", Some("Luis Ortega"), CueAfter),
            r(
                "The past decade was the warmest on record",
                Some("World Meteorological Organization"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "a given name both genders bear leaves \"she\" to the person",
        text: "Governor Michele Bullock said the decision had been close. She added that the Board was alert to risks.",
        want: &[
            r("the decision had been close", Some("Michele Bullock"), Reported),
            r("the Board was alert to risks", Some("Michele Bullock"), Reported),
        ],
    },
    Case {
        name: "a document a body released is the body's",
        text: "SHENZHEN, April 18, 2026 /PRNewswire/ -- Huawei today released its 2025 Annual Report. \"It was a year of steady growth,\" said Sabrina Meng, Huawei's chairwoman. According to the report, research spending reached CNY 179.7 billion.",
        want: &[
            d("It was a year of steady growth,", Some("Sabrina Meng"), CueAfter),
            r("research spending reached CNY 179.7 billion", Some("Huawei"), AccordingTo),
        ],
    },
    Case {
        name: "the message of a role description",
        text: "President Xi Jinping opened the fair. \"Trade is a bridge between peoples,\" the message of the Chinese leader reads.",
        want: &[d("Trade is a bridge between peoples,", Some("Xi Jinping"), SourceNoun)],
    },
    Case {
        name: "pronoun to the most recent person of that gender",
        text: "Angela Merkel met Olaf Scholz. \"We agreed on the budget,\" she said.",
        want: &[d("We agreed on the budget,", Some("Angela Merkel"), Pronoun)],
    },
    Case {
        name: "attribution in the next sentence",
        text: "Justin Trudeau spoke last.\n\n“We will not back down from this fight.” Trudeau added.",
        want: &[d("We will not back down from this fight.", Some("Justin Trudeau"), Paragraph)],
    },
    Case {
        name: "a quote that goes on after its attribution",
        text: "“The first stage is over,” said Rafael Grossi. “The second starts tomorrow morning.”",
        want: &[
            d("The first stage is over,", Some("Rafael Grossi"), CueAfter),
            d("The second starts tomorrow morning.", Some("Rafael Grossi"), Continuation),
        ],
    },
    Case {
        name: "reported speech with that",
        text: "Narendra Modi stressed that the new rail line would open next year.",
        want: &[r("the new rail line would open next year", Some("Narendra Modi"), Reported)],
    },
    Case {
        name: "reported speech after its content",
        text: "The new rail line will open next year, Narendra Modi said.",
        want: &[r("The new rail line will open next year", Some("Narendra Modi"), ReportedAfter)],
    },
    Case {
        name: "reported speech around a parenthetical attribution",
        text: "To finish the line on time, Narendra Modi said, the state would hire more workers.",
        want: &[r(
            "To finish the line on time, Narendra Modi said, the state would hire more workers",
            Some("Narendra Modi"),
            Reported,
        )],
    },
    Case {
        name: "a mixed quote is reported speech",
        text: "Jens Stoltenberg called the exercise \"a clear signal to everyone\" on Monday.",
        want: &[r(
            "the exercise \"a clear signal to everyone\" on Monday",
            Some("Jens Stoltenberg"),
            Reported,
        )],
    },
    Case {
        name: "according to, reported",
        text: "According to Kristalina Georgieva, growth will slow to three percent.",
        want: &[r("growth will slow to three percent", Some("Kristalina Georgieva"), AccordingTo)],
    },
    Case {
        name: "failure: nobody to attribute",
        text: "The hall was quiet.\n\n“Nobody expected this outcome at all.”\n\nThe meeting ended.",
        want: &[d("Nobody expected this outcome at all.", None, Unattributed)],
    },
    Case {
        name: "failure: a pronoun with nobody before it",
        text: "“We cannot accept these terms at all,” he said.",
        want: &[d("We cannot accept these terms at all,", Some("he"), Pronoun)],
    },
    Case {
        name: "scare quotes and titles are no speech",
        text: "The so-called \"reset\" failed, and the film \"Red Star\" closed the festival.",
        want: &[],
    },
    Case {
        name: "dash byline after each quote, several on one line",
        text: "Readers wrote to us.\n\n“The plan is late again and again.” ― Maria Kovalenko “Nobody asked the towns what they need.”― Ivan Sokolov\n\n“We will vote.” — Angela Merkel.",
        want: &[
            d("The plan is late again and again.", Some("Maria Kovalenko"), Dash),
            d("Nobody asked the towns what they need.", Some("Ivan Sokolov"), Dash),
            d("We will vote.", Some("Angela Merkel"), Dash),
        ],
    },
    Case {
        name: "a dash not followed by a name is no byline",
        text: "“The plan is late again and again.” — and the minister knew it.",
        want: &[d("The plan is late again and again.", None, Unattributed)],
    },
    Case {
        name: "colon at the end of the paragraph before",
        text: "Olaf Scholz continued:\n\n“The energy plan stays as it is, whatever the costs.”",
        want: &[d(
            "The energy plan stays as it is, whatever the costs.",
            Some("Olaf Scholz"),
            CueBefore,
        )],
    },
    Case {
        name: "speaker after an inverted cue before a colon",
        text: "Said Maria Kovalenko: “I see no sign of a recovery this year.”",
        want: &[d("I see no sign of a recovery this year.", Some("Maria Kovalenko"), CueBefore)],
    },
    Case {
        name: "a clause after \"said\" is no inverted speaker; a subordinator is no speaker word",
        text: "Rotich's lawyer, Kioko Kilukumi, said his client would appeal.\n\nThe minister pledged to fight graft, though critics say few officials have been convicted.",
        want: &[
            r("his client would appeal", Some("Kioko Kilukumi"), Reported),
            r("to fight graft", Some("The minister"), Reported),
            r("few officials have been convicted", Some("critics"), Reported),
        ],
    },
    Case {
        name: "\"encouraged\" asks like \"urged\" and ends the content before it; not its passive",
        text: "The mayor tweeted that the bridge was safe and encouraged residents to use the new crossing.\n\nHalvorsen Foods said it was pleased and encouraged by the ruling.",
        want: &[
            r("the bridge was safe", Some("The mayor"), Reported),
            r("to use the new crossing", Some("The mayor"), Reported),
            r("it was pleased and encouraged by the ruling", Some("Halvorsen Foods"), Reported),
        ],
    },
    Case {
        name: "a singular noun and an auxiliary after a recipient open the clause",
        text: "Oil Minister Anna Petrova told Reuters output is running at three million barrels a day.\n\nThe chairman told a news conference trading will begin on time.",
        want: &[
            r("output is running at three million barrels a day", Some("Anna Petrova"), Reported),
            r("trading will begin on time", Some("The chairman"), Reported),
        ],
    },
    Case {
        name: "a subordinate clause after a recipient is no content; a time after it is no clause",
        text: "This is not about me, Anna Petrova told her closest advisers as she worked on the speech.\n\nPresidential aides told reporters after the luncheon a statement was likely.",
        want: &[
            r("This is not about me", Some("Anna Petrova"), ReportedAfter),
            r("a statement was likely", Some("Presidential aides"), Reported),
        ],
    },
    Case {
        name: "a body's data speak for the body",
        text: "According to WHO data, Sudan and Angola accounted for most deaths.",
        want: &[r(
            "Sudan and Angola accounted for most deaths",
            Some("World Health Organization"),
            AccordingTo,
        )],
    },
    Case {
        name: "a banner or a placard speaks for nobody the story names",
        text: "Anna Petrova addressed the rally. \"Bring them home now,\" read one banner. \"We will not stop,\" proclaimed a placard.",
        want: &[
            d("Bring them home now,", Some("banner"), SourceNoun),
            d("We will not stop,", Some("a placard"), SourceNoun),
        ],
    },
    Case {
        name: "a lowercase description before the name after a quote opens no clause",
        text: "\"Congress will have the last word,\" lawmaker Pedro Lupion, who heads the caucus, said in a post.\n\nThe farm caucus, the largest in Congress, said it would try to overturn the vetoes.\n\n\"This will be a challenge\" for the governor, the aide said.",
        want: &[
            d("Congress will have the last word,", Some("Pedro Lupion"), CueAfter),
            r("it would try to overturn the vetoes", Some("The farm caucus"), Reported),
            r("This will be a challenge\" for the governor", Some("the aide"), CueAfter),
        ],
    },
    Case {
        name: "a headline that ends with its speaker after a colon",
        text: "Govt to set up 100 cold storage units for farmers: Petrova\n\nNew Delhi, Jan 9 (PTI) Agriculture Minister Anna Petrova said the units would cut losses.",
        want: &[
            r("Govt to set up 100 cold storage units for farmers", Some("Anna Petrova"), Colon),
            r("the units would cut losses", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a first line that ends with its speaker after a colon, no dateline",
        text: "Archive keeper to retire next spring: Anna Petrova\n\nArchive director Anna Petrova said she would step down in April.",
        want: &[
            r("Archive keeper to retire next spring", Some("Anna Petrova"), Colon),
            r("she would step down in April", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: a headline's label before a name is no quote",
        text: "An interview with the archive keeper: Anna Petrova\n\nArchive director Anna Petrova said she would retire.",
        want: &[r("she would retire", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "\"termed\" labels like \"called\"",
        text: "Opposition leader Anna Petrova termed the announcement \"old wine in a new bottle\" and alleged that earlier schemes had failed.",
        want: &[
            r("the announcement \"old wine in a new bottle\"", Some("Anna Petrova"), Reported),
            r("earlier schemes had failed", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a weekday and the medium after the cue are no content",
        text: "A blood test detected 91% of early cancers in the trial, researchers reported Wednesday in the New England Journal of Medicine.",
        want: &[r(
            "A blood test detected 91% of early cancers in the trial",
            Some("researchers"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a number's apostrophe before a quote opens no quotation",
        text: "Speaking to Radio 4's morning programme, Anna Petrova said she had no regrets. \"I'm not going to pretend this was easy,\" she said.",
        want: &[
            r("she had no regrets", Some("Anna Petrova"), Reported),
            d("I'm not going to pretend this was easy,", Some("Anna Petrova"), Pronoun),
        ],
    },
    Case {
        name: "the medium between the cue and the clause is not what was said",
        text: "The miner said in an emailed statement it regretted the decision.\n\nThe ministry said in a press release on Friday the surplus would pay down debt.\n\nThe agency said in a report accepted by parliament that exports had fallen.",
        want: &[
            r("it regretted the decision", Some("The miner"), Reported),
            r("the surplus would pay down debt", Some("The ministry"), Reported),
            r("exports had fallen", Some("The agency"), Reported),
        ],
    },
    Case {
        name: "a question put to the speaker is not what they said",
        text: "Asked whether other miners could follow, Johan Andresen declined to comment.\n\nAsked if the board agreed to the sale, Maria Ortiz said the vote was close.",
        want: &[
            r("whether other miners could follow", None, Impersonal),
            // (In the order of the rules within one sentence.)
            r("the vote was close", Some("Maria Ortiz"), Reported),
            r("if the board agreed to the sale", None, Impersonal),
        ],
    },
    Case {
        name: "a body before a relative clause with a verb of saying speaks",
        text: "Halvorsen Foods, which said last week it would close two bakeries, reported a loss.\n\nThe Nordic Grain Board, which originally announced that prices would be frozen, changed course.",
        want: &[
            r("it would close two bakeries", Some("Halvorsen Foods"), Reported),
            r("prices would be frozen", Some("Nordic Grain Board"), Reported),
        ],
    },
    Case {
        name: "failure: a habit or a plan in a body's relative clause is no statement",
        text: "The Kestrel Trust, which supports schools in three counties, opened an office.\n\nThe Nordic Grain Board, which will emphasize exports next year, hired staff.",
        want: &[],
    },
    Case {
        name: "an inverted cue opens the sentence, an apposition before the comma",
        text: "Said Maria Ortiz, who grew up near the plant, “Everyone here knew somebody at the mill.”\n\nSaid Tomas Berg, a retired welder, “The town will not recover.”\n\nAdded the mayor: “Nobody expected the river to rise this fast.”",
        want: &[
            d("Everyone here knew somebody at the mill.", Some("Maria Ortiz"), CueBefore),
            d("The town will not recover.", Some("Tomas Berg"), CueBefore),
            d("Nobody expected the river to rise this fast.", Some("the mayor"), CueBefore),
        ],
    },
    Case {
        name: "quote goes on from reported speech in the same paragraph",
        text: "Kovalenko said the talks had stalled. “The other side keeps changing its demands.”",
        want: &[
            r("the talks had stalled", Some("Kovalenko"), Reported),
            d("The other side keeps changing its demands.", Some("Kovalenko"), Continuation),
        ],
    },
    Case {
        name: "reported speech does not carry across a paragraph",
        text: "Kovalenko said the talks had stalled.\n\n“The other side keeps changing its demands.”",
        want: &[
            r("the talks had stalled", Some("Kovalenko"), Reported),
            d("The other side keeps changing its demands.", None, Unattributed),
        ],
    },
    Case {
        name: "apposition ending in a body: the name before it speaks",
        text: "“The reform is overdue,” Ivan Sokolov, director of the Higher School of Economics, said.",
        want: &[d("The reform is overdue,", Some("Ivan Sokolov"), CueAfter)],
    },
    Case {
        name: "a title in quotes inside a clause is not speech",
        text: "On “Meet the Press,” the senator said the vote would be close.",
        want: &[r("the vote would be close", Some("the senator"), Reported)],
    },
    Case {
        name: "reported speech, a party and state in parentheses after the speaker",
        text: "Sen. Ivan Sokolov (R-Ga.) said the bill would pass next week.",
        want: &[r("the bill would pass next week", Some("Ivan Sokolov"), Reported)],
    },
    Case {
        name: "reported speech, a speaker noun with a modifier",
        text: "The director of the institute at the law school said the states were exaggerating.",
        want: &[r(
            "the states were exaggerating",
            Some("The director of the institute at the law school"),
            Reported,
        )],
    },
    Case {
        name: "a quote after `that,` is part of reported speech",
        text: "Spokeswoman Maria Kovalenko said by email that, “Of course we will defend ourselves” against the claims.",
        want: &[r(
            "“Of course we will defend ourselves” against the claims",
            Some("Maria Kovalenko"),
            Reported,
        )],
    },
    Case {
        name: "a quote that the sentence goes on from is part of a longer utterance",
        text: "“You squeezed the workers” to drive up the price, Olaf Scholz said.",
        want: &[r(
            "You squeezed the workers” to drive up the price",
            Some("Olaf Scholz"),
            CueAfter,
        )],
    },
    Case {
        name: "reported speech, an adverb between speaker and cue",
        text: "Olaf Scholz now says the plant will open in the spring.",
        want: &[r("the plant will open in the spring", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "reported speech by a document: a determined noun or `it`",
        text: "The city sent a letter on Thursday. It says the campaign broke the law. The new clip says the mayor was wrong.",
        want: &[
            r("the campaign broke the law", Some("It"), Reported),
            r("the mayor was wrong", Some("The new clip"), Reported),
        ],
    },
    Case {
        name: "a participle cue takes the sentence's subject",
        text: "Olaf Scholz defended the budget on Friday, saying it would protect jobs.",
        want: &[
            r("the budget", Some("Olaf Scholz"), Reported),
            r("it would protect jobs", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "told, a recipient, then a clause opening with a pronoun",
        text: "Olaf Scholz told reporters on Friday he would stay in office.",
        want: &[r("he would stay in office", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "told without a clause is no reported speech",
        text: "Olaf Scholz told reporters about the new budget on Friday.",
        want: &[],
    },
    Case {
        name: "an attribution nested in another's content",
        text: "Olaf Scholz said Emmanuel Macron believes that the deal is fair.",
        want: &[
            r("Emmanuel Macron believes that the deal is fair", Some("Olaf Scholz"), Reported),
            r("the deal is fair", Some("Emmanuel Macron"), Reported),
        ],
    },
    Case {
        name: "a word inside a name is no cue",
        text: "Officials in the United States were briefed on the plan last week.",
        want: &[],
    },
    Case {
        name: "transcript turns: a titled name, an aside, an ALL-CAPS surname",
        text: "President of Russia Vladimir Putin: Ladies and gentlemen, welcome to the Kremlin. We discussed many issues.\n\nEmmanuel Macron (retranslated): Thank you very much, Mr President.\n\nPUTIN: We will meet again in the spring.",
        want: &[
            r(
                "Ladies and gentlemen, welcome to the Kremlin. We discussed many issues",
                Some("Vladimir Putin"),
                Transcript,
            ),
            r("Thank you very much, Mr President", Some("Emmanuel Macron"), Transcript),
            r("We will meet again in the spring", Some("Vladimir Putin"), Transcript),
        ],
    },
    Case {
        name: "notes, headings and times with a colon are no transcript turns",
        text: "Note: the figures are preliminary and may change.\n\nParticipants:\n\n12:30 p.m. The meeting began in the hall.\n\nMoscow and Beijing: a partnership for the decade ahead.",
        want: &[],
    },
    Case {
        name: "reported: a relative \"that\" inside the content is not the complementizer",
        text: "Anna Petrova said officials have a video that shows the fire.",
        want: &[r("officials have a video that shows the fire", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: an adverbial before \"that\"",
        text: "Anna Petrova said in a letter on Friday that the plant would close.",
        want: &[r("the plant would close", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: a speech participle ends the content and attributes its own",
        text: "Anna Petrova said the tariffs had failed, arguing that exports fell by half.",
        want: &[
            r("the tariffs had failed", Some("Anna Petrova"), Reported),
            r("exports fell by half", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "reported: an abbreviation with periods as the speaker",
        text: "The S.E.C. said it would widen its review of the fund.",
        want: &[r("it would widen its review of the fund", Some("The S.E.C"), Reported)],
    },
    Case {
        name: "mixed: a quote after a clause and a dash is part of the reported speech",
        text: "Anna Petrova said the museum would tell every story -- \"the workers but also the owners.\"",
        want: &[r(
            "the museum would tell every story -- \"the workers but also the owners.\"",
            Some("Anna Petrova"),
            Reported,
        )],
    },
    Case {
        name: "a dash right after the cue still introduces a direct quote",
        text: "Anna Petrova said -- \"We will not close the museum.\"",
        want: &[d("We will not close the museum.", Some("Anna Petrova"), CueBefore)],
    },
    Case {
        name: "failure: a participle that is no speech verb leaves the content whole",
        text: "Anna Petrova said the plant would close, leaving 300 people without work.",
        want: &[r(
            "the plant would close, leaving 300 people without work",
            Some("Anna Petrova"),
            Reported,
        )],
    },
    Case {
        name: "reported: a study as the source of a finding",
        text: "A new survey found that most voters back the plan.",
        want: &[r("most voters back the plan", Some("A new survey"), Reported)],
    },
    Case {
        name: "reported: an attitude verb with its object as content",
        text: "Senator Maria Lopez endorsed the governor's plan to raise the minimum wage.",
        want: &[r("the governor's plan to raise the minimum wage", Some("Maria Lopez"), Reported)],
    },
    Case {
        name: "failure: a cue word used as a plural noun before a verb",
        text: "The phone calls were recorded by the police last year.",
        want: &[],
    },
    Case {
        name: "reported: according to a source no list holds, mid-sentence",
        text: "The plant employs 300 people, according to regional statistics, and will grow.",
        want: &[r(
            "The plant employs 300 people, according to regional statistics, and will grow",
            Some("regional statistics"),
            AccordingTo,
        )],
    },
    Case {
        name: "reported: a prepositional cue, and the medium is not content",
        text: "Anna Petrova called for more money for rural schools in a statement on Thursday.",
        want: &[r("more money for rural schools", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: the content of a subordinate clause ends at its comma",
        text: "While Anna Petrova acknowledged that the budget was tight, the council approved it.",
        want: &[r("the budget was tight", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: a concession after the content is the reporter's",
        text: "Anna Petrova claimed that the plan was legal, although she refused to publish it.",
        want: &[r("the plan was legal", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "a short adverbial after the cue is no content: what was said came before",
        text: "The region needs new roads, Anna Petrova said in an interview.",
        want: &[r("The region needs new roads", Some("Anna Petrova"), ReportedAfter)],
    },
    Case {
        name: "failure: a quoted word inside a clause is not attributed by a later cue",
        text: "Anna Petrova argued that “liberals” allowed the crisis to grow, but suggested the board went too far.",
        want: &[
            r("“liberals” allowed the crisis to grow", Some("Anna Petrova"), Reported),
            r("the board went too far", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "reported: an \"as\" clause attributes what follows it",
        text: "As Vladimir Putin noted, the talks on the border were useful.",
        want: &[r("the talks on the border were useful", Some("Vladimir Putin"), Reported)],
    },
    Case {
        name: "reported: an \"as\" clause after a connective",
        text: "Therefore, as one of our leading scientists said, mathematics is everywhere.",
        want: &[r("mathematics is everywhere", Some("our leading scientists"), Reported)],
    },
    Case {
        name: "failure: a finding verb whose subject is no source",
        text: "Exports showed a sharp rise in March after the new trade deal.",
        want: &[],
    },
    Case {
        name: "reported: a finding verb with a source noun",
        text: "The results showed a steady decline in sales across all regions.",
        want: &[r("a steady decline in sales across all regions", Some("The results"), Reported)],
    },
    Case {
        name: "cue after: a long title between the cue and the name",
        text: "“Prices will keep rising,” said former South Carolina Gov. Jim Hodges.",
        want: &[d("Prices will keep rising,", Some("Jim Hodges"), CueAfter)],
    },
    Case {
        name: "cue after: an unnamed source",
        text: "“The drop is due to the emails,” said a person close to the campaign.",
        want: &[d("The drop is due to the emails,", Some("a person"), CueAfter)],
    },
    Case {
        name: "cue before: a statement introduced by a colon",
        text: "Olaf Scholz issued the following statement: “Our thoughts are with the victims.”",
        want: &[d("Our thoughts are with the victims.", Some("Olaf Scholz"), CueBefore)],
    },
    Case {
        name: "cue before: a manner-of-speaking verb",
        text: "Afterwards Olaf Scholz retorted: “We will not change course.”",
        want: &[d("We will not change course.", Some("Olaf Scholz"), CueBefore)],
    },
    Case {
        name: "reported: the circumstance of the speech is not content",
        text: "Olaf Scholz called for closer ties with Asia, speaking at a forum in Berlin on Friday.",
        want: &[r("closer ties with Asia", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "failure: \"states\" as a noun is no cue",
        text: "The member states of the union met in Minsk on Friday.",
        want: &[],
    },
    Case {
        name: "reported: \"states\" as a verb takes \"that\"",
        text: "The report states that the plant will close next year.",
        want: &[r("the plant will close next year", Some("The report"), Reported)],
    },
    Case {
        name: "failure: a participle that modifies a noun is no cue",
        text: "I hope the people endorsed today will have the right skills for the job.",
        want: &[],
    },
    Case {
        name: "failure: content never opens with a conjunction",
        text: "This is what Olaf Scholz said and what the minister repeated at the meeting.",
        want: &[],
    },
    Case {
        name: "transcript: a courtesy the splitter left before the next head ends the turn before it, with or without its period; a title before the name stays in the head",
        text: "Vladimir Putin: Good afternoon, colleagues. Let us begin with the plant. Is it ready to start? Thank you. Anna Petrova: Thank you, Mr President. The plant is ready to start. Thank you Vladimir Putin: Good, the port can wait until spring. Aeroflot CEO Olaf Scholz: We will fly there in May, Mr President.",
        want: &[
            r(
                "Good afternoon, colleagues. Let us begin with the plant. Is it ready to start? Thank you",
                Some("Vladimir Putin"),
                Transcript,
            ),
            r(
                "Thank you, Mr President. The plant is ready to start. Thank you",
                Some("Anna Petrova"),
                Transcript,
            ),
            r("Good, the port can wait until spring", Some("Vladimir Putin"), Transcript),
            r("We will fly there in May, Mr President", Some("Olaf Scholz"), Transcript),
        ],
    },
    Case {
        name: "transcript: a turn of one or two words when another turn answers it",
        text: "Meeting with the port council\n\nVladimir Putin: Good afternoon. Anna Petrova: Good afternoon, Mr President. Vladimir Putin: Fine. Anna Petrova: The plant is ready to start.",
        want: &[
            r("Good afternoon", Some("Vladimir Putin"), Transcript),
            r("Good afternoon, Mr President", Some("Anna Petrova"), Transcript),
            r("Fine", Some("Vladimir Putin"), Transcript),
            r("The plant is ready to start", Some("Anna Petrova"), Transcript),
        ],
    },
    Case {
        name: "transcript: a row of asterisks, glued to the sentence before it or not, opens the turns as a paragraph does",
        text: "Meeting with the port council\n\nThe mayor met the port council to discuss the dredging plan.*** Vladimir Putin: Good afternoon, colleagues. Let us begin. Anna Petrova: Thank you, Mr President. The plant is ready to start.\n\nThe council met again in May. * * * Olaf Scholz: Good morning. We will fly there in June, colleagues.",
        want: &[
            r("Good afternoon, colleagues. Let us begin", Some("Vladimir Putin"), Transcript),
            r(
                "Thank you, Mr President. The plant is ready to start",
                Some("Anna Petrova"),
                Transcript,
            ),
            r(
                "Good morning. We will fly there in June, colleagues",
                Some("Olaf Scholz"),
                Transcript,
            ),
        ],
    },
    Case {
        name: "transcript: a titled name and a colon inside a paragraph opens the turns",
        text: "Meeting with investors\n\nThe forum is held online. Investors from many regions are with us today. President of Russia Vladimir Putin: Good afternoon, ladies and gentlemen. I am glad to see you. Anna Petrova: Thank you, Mr President.",
        want: &[
            r(
                "Good afternoon, ladies and gentlemen. I am glad to see you",
                Some("Vladimir Putin"),
                Transcript,
            ),
            r("Thank you, Mr President", Some("Anna Petrova"), Transcript),
        ],
    },
    Case {
        name: "failure: a name without a title and a colon inside a paragraph of a story with no turn before it",
        text: "Talks in Berlin\n\nThe talks went on. Olaf Scholz: Germany will help.",
        want: &[],
    },
    Case {
        name: "transcript turns inside a paragraph whose breaks were lost",
        text: "Vladimir Putin: Good afternoon, colleagues. Let us begin with the plant. Thank you. <…> Anna Petrova: Thank you, Mr President. The plant is ready to start.",
        want: &[
            r(
                "Good afternoon, colleagues. Let us begin with the plant. Thank you",
                Some("Vladimir Putin"),
                Transcript,
            ),
            r(
                "Thank you, Mr President. The plant is ready to start",
                Some("Anna Petrova"),
                Transcript,
            ),
        ],
    },
    Case {
        name: "failure: a name and a colon inside a paragraph of a story with no turns",
        text: "The talks went on all day. Anna Petrova: the plant is ready to start.",
        want: &[],
    },
    Case {
        name: "cue after: the medium after the cue is not the speaker",
        text: "“We will miss him every day,” a friend said on Facebook.",
        want: &[d("We will miss him every day,", Some("a friend"), CueAfter)],
    },
    Case {
        name: "reported: a noun of speech with its owner and a that clause",
        text: "The footage contradicts the police's earlier claim that the driver had refused to stop.",
        want: &[r("the driver had refused to stop", Some("police"), Reported)],
    },
    Case {
        name: "failure: a relative clause after a noun of speech",
        text: "The court reviewed his claim that was rejected in May by the lower court.",
        want: &[],
    },
    Case {
        name: "a long apposition between the speaker and the cue",
        text: "Ann Lee, a director for community organizing at the Center for Better Public Schools in Dayton, said parents still want neighborhood schools.",
        want: &[r("parents still want neighborhood schools", Some("Ann Lee"), Reported)],
    },
    Case {
        name: "the antecedent of a relative pronoun speaks",
        text: "The poll counted voters who said they would back the mayor again.",
        want: &[r("they would back the mayor again", Some("voters"), Reported)],
    },
    Case {
        name: "a second verb of the sentence's subject",
        text: "Olaf Scholz toured the plant on Monday and said the factory would open in May.",
        want: &[r("the factory would open in May", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "two attributions of one subject, the first cut before the second",
        text: "Olaf Scholz praised the workers at the plant, and added that the factory would open in May.",
        want: &[
            r("the workers at the plant", Some("Olaf Scholz"), Reported),
            r("the factory would open in May", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "an acronym no list holds, a negation and an adverb before the cue",
        text: "ZTGA argues that the reserve is too small. Lawmakers have not said when they would vote. Anna Petrova bluntly said the plan would fail.",
        want: &[
            r("the reserve is too small", Some("ZTGA"), Reported),
            r("when they would vote", Some("Lawmakers"), Reported),
            r("the plan would fail", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: the words after \"said\" are a clause, not the speaker",
        text: "The plant needs more workers, said teachers still want smaller classes.",
        want: &[],
    },
    Case {
        name: "failure: a passive and a compound have no speaker",
        text: "The zero tax rate is confirmed online. The new ballot boxes are trusted and sought-after in the regions. The new plan was clearly and precisely described by the minister at the session.",
        want: &[],
    },
    Case {
        name: "failure: a question word is no speaker; the subject after an opening participle is",
        text: "Who can say no to such a large and wealthy market? Realising the danger, Kovalenko quickly called for a review of the rules.",
        want: &[r("a review of the rules", Some("Kovalenko"), Reported)],
    },
    Case {
        name: "a transcript turn keeps its clauses",
        text: "Vladimir Putin: We agreed on the price; the gas will flow, but the terms stay as they were.\n\nAnna Petrova: Thank you, Mr President.",
        want: &[
            r(
                "We agreed on the price; the gas will flow, but the terms stay as they were",
                Some("Vladimir Putin"),
                Transcript,
            ),
            r("Thank you, Mr President", Some("Anna Petrova"), Transcript),
        ],
    },
    Case {
        name: "two appositions, a clitic auxiliary; \"he\" is not a woman found by her age",
        text: "Maria Lee, 60, a doctor, said the clinic would stay open. He's said the hospital will close.",
        want: &[
            r("the clinic would stay open", Some("Maria Lee"), Reported),
            r("the hospital will close", Some("He"), Reported),
        ],
    },
    Case {
        name: "a speaker noun with a modifier after an adjective, or a relative clause",
        text: "A source familiar with the investigation said the hackers wanted trade data. A man who lives outside the capital, Perth, said the fires were closer this year.",
        want: &[
            r(
                "the hackers wanted trade data",
                Some("A source familiar with the investigation"),
                Reported,
            ),
            r("the fires were closer this year", Some("A man"), Reported),
        ],
    },
    Case {
        name: "a second verb after an opening adverbial; a relative clause ends the content",
        text: "In an interview on Friday, Olaf Scholz toured the plant and said the factory would open in May. Olaf Scholz, who visited the site and said the plant was ready, left on Monday.",
        want: &[
            r("the factory would open in May", Some("Olaf Scholz"), Reported),
            r("the plant was ready", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a request, its recipient, and what was asked",
        text: "In a letter to the board, Anna Petrova asked the network to donate the profits to charity. Olaf Scholz urged voters in the east to turn out on Sunday.",
        want: &[
            r("to donate the profits to charity", Some("Anna Petrova"), Reported),
            r("to turn out on Sunday", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "any noun phrase before a cue with a that clause",
        text: "Several steelworkers told the newspaper that the plant had cut their shifts.",
        want: &[r("the plant had cut their shifts", Some("Several steelworkers"), Reported)],
    },
    Case {
        name: "an infinitive after a cue is content, a short place or time is not",
        text: "The two leaders agreed to maintain contact. “The site is ready,” the mayor said at a news event this month.",
        want: &[
            r("to maintain contact", Some("The two leaders"), Reported),
            d("The site is ready,", Some("the mayor"), CueAfter),
        ],
    },
    Case {
        name: "failure: a set phrase and a first person are no speakers",
        text: "It goes without saying that the budget will grow. I very much hope that the budget will grow.",
        want: &[],
    },
    Case {
        name: "a finding whose source stands behind its modifiers",
        text: "The report published Tuesday showed that most of the loans went to exporters. An analysis by the institute of elections going back to 1972 showed the party with the higher turnout won only four times.",
        want: &[
            r("most of the loans went to exporters", Some("The report"), Reported),
            r(
                "the party with the higher turnout won only four times",
                Some("An analysis"),
                Reported,
            ),
        ],
    },
    Case {
        name: "failure: a finding without a source",
        text: "The virus showed that it could spread quickly among young people.",
        want: &[],
    },
    Case {
        name: "content, then the speaker with a title, a recipient, a time, or after the cue",
        text: "The new plant could open next spring, Sen. Anna Petrova told reporters on Tuesday. The budget is an insult to the regions, local lawmakers said Friday afternoon, as they left the hall. The meeting deteriorated from there, said one source in the room. But the plan is still tilted toward the rich, the Tax Foundation said.",
        want: &[
            r("The new plant could open next spring", Some("Anna Petrova"), ReportedAfter),
            r("The budget is an insult to the regions", Some("local lawmakers"), ReportedAfter),
            r("The meeting deteriorated from there", Some("one source"), ReportedAfter),
            r(
                "But the plan is still tilted toward the rich",
                Some("Tax Foundation"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "content, then the speaker, then a long clause",
        text: "BERLIN - The new budget is an insult to every town in the east, regional lawmakers said on Friday, as they walked out of the chamber in protest against the cuts to rail lines and rural schools.",
        want: &[r(
            "The new budget is an insult to every town in the east",
            Some("regional lawmakers"),
            ReportedAfter,
        )],
    },
    Case {
        name: "failure: a far comma before a verb that is no plain verb of saying",
        text: "While many members of the council, like the mayor, continued to affirm their support for Anna Petrova, others appeared ready to abandon her, throwing the once quiet council further into disarray.",
        want: &[],
    },
    Case {
        name: "failure: a law's name with a year after the cue is no speaker",
        text: "The trust, which has raised its quarterly payout often in the past two years and in the first quarter in both years, said the Tax Reform Act of 1986 has limited its room on payouts, and trustees will now weigh any rise only during the later quarters of the year.",
        want: &[],
    },
    Case {
        name: "failure: a joke told is no recipient, and the opening clause no content",
        text: "When the debate ended on Tuesday night, Gary Johnson told a joke.",
        want: &[],
    },
    Case {
        name: "failure: an opening phrase is no content of a later \"told him about\"",
        text: "At the minister's request, Olaf Scholz told him about the new German plan on long-term, binding guarantees for the eastern states.",
        want: &[],
    },
    Case {
        name: "content, then the cue and a speaker with a long apposition",
        text: "The party also lacks support from its own members in the Bundestag, whom it has alienated with its rhetoric, said Anna Petrova, director of the University of Tartu's Center for Politics.",
        want: &[r(
            "The party also lacks support from its own members in the Bundestag, whom it has alienated with its rhetoric",
            Some("Anna Petrova"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a second verb of a subject after a body's title, or after a participle's clause",
        text: "Last month, EU Commissioner Olaf Scholz called the port deal careless, but said it should face no court case.\n\nWalking to the next stop, Kowalczyk talked about her years in the village, and said the war had changed her views.",
        want: &[
            r("the port deal careless", Some("Olaf Scholz"), Reported),
            r("it should face no court case", Some("Olaf Scholz"), Reported),
            r("her years in the village", Some("Kowalczyk"), Reported),
            r("the war had changed her views", Some("Kowalczyk"), Reported),
        ],
    },
    Case {
        name: "a medium after the cue is no inverted speaker",
        text: "Anna Petrova, a rival whom the mayor fired as campaign manager a few weeks ago, said on CNN, where she is now a paid contributor, that the mayor should be held to account.",
        want: &[r(
            "on CNN, where she is now a paid contributor, that the mayor should be held to account",
            Some("Anna Petrova"),
            Reported,
        )],
    },
    Case {
        name: "a plain noun subject before \"it\" with a verb, a contraction, members or an aside",
        text: "After the market had closed, both carmakers said it would buy back a fifth of its stock.\n\nSeveral bundlers said they're likely to back a draft of the former governor.\n\nSeveral candidates, including Olaf Scholz, said the country should take more refugees.\n\nThe Supreme Court justice -- who has been in a public dispute with the nominee for days -- said she regretted her remarks.",
        want: &[
            r("it would buy back a fifth of its stock", Some("both carmakers"), Reported),
            r(
                "they're likely to back a draft of the former governor",
                Some("Several bundlers"),
                Reported,
            ),
            r("the country should take more refugees", Some("Several candidates"), Reported),
            r("she regretted her remarks", Some("The Supreme Court justice"), Reported),
        ],
    },
    Case {
        name: "failure: \"said it\" with no verb after it is no clause",
        text: "Both carmakers said it again on Friday.",
        want: &[],
    },
    Case {
        name: "\"said it\" and an adverb before the clause's verb",
        text: "Halvorsen Foods said it also plans to close two bakeries.\n\nThe regulator said it now expects a ruling in May.\n\nIn response, the network said it actively removed the accounts.\n\nThe union said it again on Friday and walked out.",
        want: &[
            r("it also plans to close two bakeries", Some("Halvorsen Foods"), Reported),
            r("it now expects a ruling in May", Some("The regulator"), Reported),
            r("it actively removed the accounts", Some("the network"), Reported),
        ],
    },
    Case {
        name: "a long title before the name, and a long apposition with a relative clause",
        text: "Presumptive Social Democratic chancellor candidate Olaf Scholz called on the Bundestag to pass the budget and said the funding is needed.\n\nAnna Petrova, a top party operative who played a major role in the win in 2008 and is now running the early-vote efforts in the state, said the absentee program is a critical part of the strategy.",
        want: &[
            r("the Bundestag to pass the budget", Some("Olaf Scholz"), Reported),
            r("the funding is needed", Some("Olaf Scholz"), Reported),
            r(
                "the absentee program is a critical part of the strategy",
                Some("Anna Petrova"),
                Reported,
            ),
        ],
    },
    Case {
        name: "a question put by someone unnamed, inside the sentence or after an adverbial",
        text: "\"We will not close the port,\" Anna Petrova said when asked about the strike.\n\nAsked at a briefing on Monday in Berlin about the port, Olaf Scholz said the talks would go on.",
        want: &[
            d("We will not close the port,", Some("Anna Petrova"), CueAfter),
            r("about the strike", None, Impersonal),
            r("the talks would go on", Some("Olaf Scholz"), Reported),
            r("about the port", None, Impersonal),
        ],
    },
    Case {
        name: "failure: \"asked\" with no question after it",
        text: "The dockers, once asked, will vote on the offer.",
        want: &[],
    },
    Case {
        name: "told, a recipient, then a clause with no \"that\"",
        text: "Anna Petrova told reporters the port would reopen in May.\n\nThe crowd booed when Olaf Scholz told them Kowalczyk has a number of rich donors.\n\nThe minister told Reuters in an interview the new tariffs would be cut.",
        want: &[
            r("the port would reopen in May", Some("Anna Petrova"), Reported),
            r("Kowalczyk has a number of rich donors", Some("Olaf Scholz"), Reported),
            r("the new tariffs would be cut", Some("The minister"), Reported),
        ],
    },
    Case {
        name: "failure: a recipient and a noun with a relative clause are no clause",
        text: "The prime minister told the press the story of the budget which has been held up by the opposition.",
        want: &[],
    },
    Case {
        name: "wire copy: a ticker after the name, a name in angle brackets, a company's name in \"'s\"",
        text: "TALLINN, March 3 - In addition, Baltic Ferries <BFR> said it will add two ships to the Riga route.\n\n<Tartu Oil and Gas Plc> said it paid around five mln euros for a stake in the field.\n\nStandard and Poor's said it lowered its rating of the port's bonds.\n\n<Narva Savings Bank>, earlier reporting higher net income for the quarter, said it expects loan losses to be lower.",
        want: &[
            r("it will add two ships to the Riga route", Some("Baltic Ferries"), Reported),
            r(
                "it paid around five mln euros for a stake in the field",
                Some("Tartu Oil and Gas Plc"),
                Reported,
            ),
            r("it lowered its rating of the port's bonds", Some("Standard & Poor's"), Reported),
            r("it expects loan losses to be lower", Some("Narva Savings Bank"), Reported),
        ],
    },
    Case {
        name: "content, then a name, its apposition and the cue",
        text: "Net earnings at the Tallinn port soared by 71 per cent last year, Anna Petrova, chairman of the port authority, said.",
        want: &[r(
            "Net earnings at the Tallinn port soared by 71 per cent last year",
            Some("Anna Petrova"),
            ReportedAfter,
        )],
    },
    Case {
        name: "content, then a bare plural of people and the cue",
        text: "RIGA, March 2 - Latvia will hold an import tender tomorrow for 6,000 tonnes of rye for second half March shipments, traders said.\n\nThe telex could be sent to creditors as early as today, money market dealers said.",
        want: &[
            r(
                "Latvia will hold an import tender tomorrow for 6,000 tonnes of rye for second half March shipments",
                Some("traders"),
                ReportedAfter,
            ),
            r(
                "The telex could be sent to creditors as early as today",
                Some("money market dealers"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "failure: a plural that is no speaker before the cue",
        text: "The port will close in May, prices said.",
        want: &[],
    },
    Case {
        name: "content, then a body's name with capitals before it, a pair, or a body and its apposition",
        text: "Dry weather over most parts of China is seriously affecting crops, the New China News Agency said.\n\nThe next six weeks will decide the winter crops, Kowalczyk and other analysts said.\n\nThe new listing rules take effect on March 26, the exchange, Estonia's second largest, said.",
        want: &[
            r(
                "Dry weather over most parts of China is seriously affecting crops",
                Some("New China News Agency"),
                ReportedAfter,
            ),
            r(
                "The next six weeks will decide the winter crops",
                Some("Kowalczyk and other analysts"),
                ReportedAfter,
            ),
            r("The new listing rules take effect on March 26", Some("the exchange"), ReportedAfter),
        ],
    },
    Case {
        name: "a clause after \"said\" with an aside between commas",
        text: "Several legislators said the tapes, if they exist, could prove invaluable to the committee.",
        want: &[r(
            "the tapes, if they exist, could prove invaluable to the committee",
            Some("Several legislators"),
            Reported,
        )],
    },
    Case {
        name: "a content that opens with \"because\" and goes on after its comma",
        text: "Anna Petrova said because much of the fund's capital is tied up in court, she could not certify a rescue is needed.\n\nThe port closed, Olaf Scholz said, because the dockers were on strike.",
        want: &[
            r(
                "because much of the fund's capital is tied up in court, she could not certify a rescue is needed",
                Some("Anna Petrova"),
                Reported,
            ),
            r(
                "The port closed, Olaf Scholz said, because the dockers were on strike",
                Some("Olaf Scholz"),
                Reported,
            ),
        ],
    },
    Case {
        name: "a name that a soft line wrap cuts in two",
        text: "TALLINN, March 5 - The Port of Tallinn is issuing a 50 mln euro bond due\n2032, lead manager Baltic Capital Markets\nLtd said.",
        want: &[r(
            "The Port of Tallinn is issuing a 50 mln euro bond due\n2032",
            Some("Baltic Capital Markets Ltd"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a document that can be a cue speaks: \"the report said\"",
        text: "\"The danger that exports will slump this year appears limited,\" the report said.\n\nExports are forecast to rise to 720,000 tonnes, the report said.",
        want: &[
            d(
                "The danger that exports will slump this year appears limited,",
                Some("the report"),
                SourceNoun,
            ),
            r("Exports are forecast to rise to 720,000 tonnes", Some("the report"), ReportedAfter),
        ],
    },
    Case {
        name: "wire copy: square-bracket tickers, an acronym after a bracketed name, a country before a plural",
        text: "Baltic Ferries Group Spa [BFG.MI] said it reached agreement with a textiles concern for a joint venture.\n\nEstonian investment group <Tartu Equity Ltd> (TEL) said it will raise 100 mln euros by the issue of notes.\n\nThe ministry may then face conflicting pressures, U.S. officials said.",
        want: &[
            r(
                "it reached agreement with a textiles concern for a joint venture",
                Some("Baltic Ferries Group Spa"),
                Reported,
            ),
            r(
                "it will raise 100 mln euros by the issue of notes",
                Some("Tartu Equity Ltd"),
                Reported,
            ),
            r(
                "The ministry may then face conflicting pressures",
                Some("U.S. officials"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "content, then a speaker with lowercase modifiers or a name cut by a wrap",
        text: "Latvia plans to cut its foreign debt to 2.5 billion euros by 2030, public finances director Janis Ozols said.\n\nA Tallinn trade mission will leave next week for Riga, a Board of Foreign Trade official said.\n\nTartu's wheat crop is threatened by pests, the New Tartu Farm\nAgency said.",
        want: &[
            r(
                "Latvia plans to cut its foreign debt to 2.5 billion euros by 2030",
                Some("Janis Ozols"),
                ReportedAfter,
            ),
            r(
                "A Tallinn trade mission will leave next week for Riga",
                Some("Foreign Trade official"),
                ReportedAfter,
            ),
            r(
                "Tartu's wheat crop is threatened by pests",
                Some("the New Tartu Farm\nAgency"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "a relative clause closes an object's content, not a clause's",
        text: "Olaf Scholz criticized the port deal, which an audit later called careless.\n\nOlaf Scholz said the port would close in May, which would hurt the unions.",
        want: &[
            r("the port deal", Some("Olaf Scholz"), Reported),
            r(
                "the port would close in May, which would hurt the unions",
                Some("Olaf Scholz"),
                Reported,
            ),
        ],
    },
    Case {
        name: "hyphenated names no list holds",
        text: "The sale also calls for retirement of the unit's bank debt, Multi-Step said.\n\nThe port expects strong results this year, chairman Li Ka-shing said.",
        want: &[
            r(
                "The sale also calls for retirement of the unit's bank debt",
                Some("Multi-Step"),
                ReportedAfter,
            ),
            r("The port expects strong results this year", Some("Li Ka-shing"), ReportedAfter),
        ],
    },
    Case {
        name: "cue before: the subject, not the topic, the object or an opening clause",
        text: "With party leaders worried about Anna Petrova's low turnout, President Olaf Scholz is rolling out a new campaign message: \"It is about me.\"\n\nThe former banker says of Anna Petrova, \"She will sell the port if she gets the chance.\"\n\nOlaf Scholz attacked Anna Petrova over the port sale, saying, \"She is reckless with public money.\"",
        want: &[
            d("It is about me.", Some("Olaf Scholz"), CueBefore),
            d(
                "She will sell the port if she gets the chance.",
                Some("The former banker"),
                CueBefore,
            ),
            d("She is reckless with public money.", Some("Olaf Scholz"), CueBefore),
            r("Anna Petrova over the port sale", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a time between speaker and cue, a participle modifier, \"adding\" with a bare clause",
        text: "Olaf Scholz, who in 2019 said the plant would never close, visited it again. A union representing the dock workers endorsed the new contract for the port. Anna Petrova rejected the plan on Monday, adding she would appeal the decision.",
        want: &[
            r("the plant would never close", Some("Olaf Scholz"), Reported),
            r("the new contract for the port", Some("A union"), Reported),
            r("the plan", Some("Anna Petrova"), Reported),
            r("she would appeal the decision", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "content before an as clause; watching is no speech",
        text: "The fighters had trained in camps abroad, as President Olaf Scholz pointed out just now, including in the mountains. The President observed the exercise from the situation room. Prices rose; after all, there is more demand, as the figures show. It would mean blaming the wrong side, as the Russian saying goes.",
        want: &[
            r("The fighters had trained in camps abroad", Some("Olaf Scholz"), Reported),
            r("after all, there is more demand", Some("the figures"), Reported),
        ],
    },
    Case {
        name: "the subject through a time, a subordinator, and before a participle after a place",
        text: "Nordbank just this month announced that it would close the branches. Though Anna Petrova praised the plan, she called for a review of the costs. Olaf Scholz spoke on Tuesday about the flood in Passau, Bavaria, arguing that the dams had failed.",
        want: &[
            r("it would close the branches", Some("Nordbank"), Reported),
            r("the plan", Some("Anna Petrova"), Reported),
            r("a review of the costs", Some("Anna Petrova"), Reported),
            r("the dams had failed", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a second attribution after a comma, \"and\" and a pronoun",
        text: "Anna Petrova praised the plan for the port, and she called for a review of the costs.",
        want: &[
            r("the plan for the port", Some("Anna Petrova"), Reported),
            r("a review of the costs", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a name that ends an apposition is not the speaker; a time of day between",
        text: "Delegate Mary Susan, in a red cape with lights that formed the name Olaf Scholz, said the convention could fail. Chairman Ann Lee earlier in the day touted the progress of the panel.",
        want: &[
            r("the convention could fail", Some("Mary Susan"), Reported),
            r("the progress of the panel", Some("Ann Lee"), Reported),
        ],
    },
    Case {
        name: "a country speaks for its government, after a focus adverb too, with a verb of saying and not after a preposition; a pair speaks together",
        text: "Even China, the largest trading partner of the North, said the test was a grave mistake and warned the North to halt its programme. Officials in Beijing said the talks would resume. Russia wants the sanctions lifted by spring. In Moscow, Russia and China said the talks had failed.",
        want: &[
            r("the test was a grave mistake", Some("China"), Reported),
            r("the North to halt its programme", Some("China"), Reported),
            r("the talks would resume", Some("Officials in Beijing"), Reported),
            r("the talks had failed", Some("Russia and China"), Reported),
        ],
    },
    Case {
        name: "a parenthetical attribution with a recipient; the content ends before \"although\"",
        text: "The new plant, Anna Petrova told reporters, will open in May, although the date may slip.",
        want: &[r(
            "The new plant, Anna Petrova told reporters, will open in May",
            Some("Anna Petrova"),
            Reported,
        )],
    },
    Case {
        name: "content, then the attribution and a participle of speech with the same speaker",
        text: "The budget will grow by five percent next year, Anna Petrova said in an interview, adding that the cuts were over. \"We remain open to talks with the union,\" Olaf Scholz said, adding that the strike had to end.",
        want: &[
            r("The budget will grow by five percent next year", Some("Anna Petrova"), Reported),
            r("the cuts were over", Some("Anna Petrova"), Reported),
            d("We remain open to talks with the union,", Some("Olaf Scholz"), CueAfter),
            r("the strike had to end", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a title in quotes inside an apposition; a participle opening the sentence is no content",
        text: "Ann Lee, the author of \"Open Books,\" about the publishing trade, said the market was shrinking. Weighing the offer, Anna Petrova agreed, noting that the price was fair.",
        want: &[
            r("the market was shrinking", Some("Ann Lee"), Reported),
            r("the price was fair", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "speakers: a subject through \"but\", a noun phrase before a clause, an article's noun before a second verb, a finding with a past participle; a greeting is no statement",
        text: "Nordbank called the offer careless, but said the bank would not sue. Each side said the other would be to blame. Several delegates say they will vote against the plan. The campaign bought new ads on Tuesday and announced it would seek a recount. A survey published Wednesday said most voters favored the plan. Tourists said goodbye to the old bridge on Sunday.",
        want: &[
            r("the offer careless", Some("Nordbank"), Reported),
            r("the bank would not sue", Some("Nordbank"), Reported),
            r("the other would be to blame", Some("Each side"), Reported),
            r("they will vote against the plan", Some("Several delegates"), Reported),
            r("it would seek a recount", Some("The campaign"), Reported),
            r("most voters favored the plan", Some("A survey published Wednesday"), Reported),
        ],
    },
    Case {
        name: "an article before an organisation's noun; long recipients, clitics; counts and postmodifiers; questions; a relative \"that\" is no content",
        text: "The prisoner has been held since 2019 without charge, the rights group says. Anna Petrova told The Daily Courier newspaper of Springfield on Saturday that she had voted for the plan. Olaf Scholz also told the radio station he'd support the plan. About 4 in 10 say they want lower taxes. Several sources privy to the talks say the deal is close. A reporter asked Anna Petrova how she would pay for the plan. When a reporter later asked Olaf Scholz if the plan would work, he smiled. Anna Petrova told the committee that was investigating the port about her trip. Jane Doe said that was a mistake.",
        want: &[
            r(
                "The prisoner has been held since 2019 without charge",
                Some("the rights group"),
                ReportedAfter,
            ),
            r("she had voted for the plan", Some("Anna Petrova"), Reported),
            r("he'd support the plan", Some("Olaf Scholz"), Reported),
            r("they want lower taxes", Some("About 4 in 10"), Reported),
            r("the deal is close", Some("Several sources privy to the talks"), Reported),
            r("how she would pay for the plan", Some("A reporter"), Reported),
            r("if the plan would work", Some("a reporter"), Reported),
            r("that was a mistake", Some("Jane Doe"), Reported),
        ],
    },
    Case {
        name: "owners and articles before a body's noun; a quoted phrase in an apposition; a noun with its article after the content; \"according to\" ends a content",
        text: "The ministry's office, when contacted by reporters, said the minister could not recall the dinner. Olaf Scholz, citing \"the magic of the market,\" said the port could win new business. The pilot had logged 2,766 flying hours, the airline said Thursday. The plan will cut costs, the mayor said, according to a transcript of the meeting. The cuts will hurt families, Anna Petrova argued, according to people at the meeting.",
        want: &[
            r("the minister could not recall the dinner", Some("The ministry's office"), Reported),
            r("\"the magic of the market,\"", Some("Olaf Scholz"), Reported),
            r("the port could win new business", Some("Olaf Scholz"), Reported),
            r("The pilot had logged 2,766 flying hours", Some("the airline"), ReportedAfter),
            r("The plan will cut costs", Some("the mayor"), Reported),
            r("The cuts will hurt families", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: after a bare cue, a subordinate clause or a manner is no content",
        text: "The agency acknowledged after the paper asked about the payments. The anchor reports live from the field across the country.",
        want: &[],
    },
    Case {
        name: "other forms of verbs of speech: a participle after a comma, a plural present, an infinitive",
        text: "Olaf Scholz addressed the crowd, praising the workers of the port. The unions suggest the talks could fail. The council will discuss the budget for the harbour.",
        want: &[
            r("the workers of the port", Some("Olaf Scholz"), Reported),
            r("the talks could fail", Some("The unions"), Reported),
            r("the budget for the harbour", Some("The council"), Reported),
        ],
    },
    Case {
        name: "nouns, not verbs: \"support from\", \"for fear of\", \"some warning signs\", \"the 20 states that\"; a document's \"states\" is a verb",
        text: "The plan has support from 52 percent of voters. Staff spoke on condition of anonymity for fear of losing their jobs. The 20 states that award delegates proportionally vote in March. There are some warning signs for the port. The report states that the port lost money.",
        want: &[r("the port lost money", Some("The report"), Reported)],
    },
    Case {
        name: "a body's noun well after its article; any noun phrase before a clause; an apposition between dashes; a body in a modifier",
        text: "A major regional farmers union says the new rules will ruin small farms. In the free-trade zone, Chinese traders also say business is poor. Speakers at the service — including farmers, teachers and doctors — said the closure was painful.",
        want: &[
            r(
                "the new rules will ruin small farms",
                Some("A major regional farmers union"),
                Reported,
            ),
            r("business is poor", Some("Chinese traders"), Reported),
            r("the closure was painful", Some("Speakers at the service"), Reported),
        ],
    },
    Case {
        name: "a participle's subject: a count and a plural body, unknown name words with an apposition",
        text: "In August, several environmental groups granted the port an extension, saying the runoff had to be treated. Mark Lewin, a medical doctor, then appeared on Channel Five on Tuesday and began by saying he would never diagnose anyone.",
        want: &[
            r("the runoff had to be treated", Some("several environmental groups"), Reported),
            r("he would never diagnose anyone", Some("Mark Lewin"), Reported),
        ],
    },
    Case {
        name: "according to: without a comma when it names a source, after a colon, after a cue's clause; an indefinite document has no known author",
        text: "Entering the final week, Anna Petrova leads the race by 271 delegates according to a count by the electoral commission. The prize won't be awarded next week as many people expected, according to an email from the union. The change went unnoticed: According to recent polls, most voters back the plan. The works are proceeding according to plan. Seats were allotted according to the bill that the council is considering.",
        want: &[
            r(
                "Entering the final week, Anna Petrova leads the race by 271 delegates",
                Some("the electoral commission"),
                AccordingTo,
            ),
            r(
                "The prize won't be awarded next week as many people expected",
                Some("an email"),
                AccordingTo,
            ),
            r("most voters back the plan", Some("recent polls"), AccordingTo),
        ],
    },
    Case {
        name: "an infinitive cue's subject is its governing verb's: went on to say, have come to believe",
        text: "\"The vote was fair,\" Anna Petrova said, going on to say that the count would be public. A majority of voters have come to believe that the plant is safe.",
        want: &[
            d("The vote was fair,", Some("Anna Petrova"), CueAfter),
            r("the count would be public", Some("Anna Petrova"), Reported),
            r("the plant is safe", Some("A majority of voters"), Reported),
        ],
    },
    Case {
        name: "failure: an infinitive of purpose after a verb that governs none",
        text: "The ministers met on Monday to discuss the new budget rules.",
        want: &[],
    },
    Case {
        name: "said with a comma and a clause; an opening preposition in -ing; a frame of the speaker's occasion is not content",
        text: "Anna Petrova said, the plant will open in May. During her years in office, Anna Petrova said, the port has doubled its trade. In a merger, she said, the brand would survive.",
        want: &[
            r("the plant will open in May", Some("Anna Petrova"), Reported),
            r("the port has doubled its trade", Some("Anna Petrova"), Reported),
            r("In a merger, she said, the brand would survive", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: a relative clause between commas is no parenthetical attribution",
        text: "After the war, which most farmers opposed, in 1848 the union chose a general.",
        want: &[],
    },
    Case {
        name: "told: a hyphenated recipient, a show in quotes before that",
        text: "The mayor told African-Americans this weekend he would build the school. Olaf Scholz told ZDF's \"Morning Show\" that nobody would question the budget.",
        want: &[
            r("he would build the school", Some("The mayor"), Reported),
            r("nobody would question the budget", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a two-word cue with words between: spoke out Tuesday about, complained bitterly about; pointed out",
        text: "Anna Petrova spoke out Tuesday about the closure of the port. The union complained bitterly about the new shift rules. Olaf Scholz pointed out that the budget was balanced.",
        want: &[
            r("the closure of the port", Some("Anna Petrova"), Reported),
            r("the new shift rules", Some("The union"), Reported),
            r("the budget was balanced", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "failure: a cue word before a direction or a time",
        text: "Anna Petrova called into the radio program on Monday. Olaf Scholz reported from the border crossing at Narva.",
        want: &[],
    },
    Case {
        name: "asked: whether, if and a question word open the question, with or without a recipient",
        text: "The union asked whether the plant would stay open. Anna Petrova asked the minister if he would resign.",
        want: &[
            r("whether the plant would stay open", Some("The union"), Reported),
            r("if he would resign", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a parenthesis after the name, then a comma or a relative clause",
        text: "Sen. Anna Petrova (D-Ore.), said after a lunch on Tuesday that she had not read the plan. On the same show, Sen. Olaf Scholz (R-Tex.), who backs the bill, said the vote would be close.",
        want: &[
            r("she had not read the plan", Some("Anna Petrova"), Reported),
            r("the vote would be close", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "the people asked speak: a noun phrase closed by polled or surveyed",
        text: "Some 56 percent of the farmers polled said they would sell their land.",
        want: &[r(
            "they would sell their land",
            Some("Some 56 percent of the farmers polled"),
            Reported,
        )],
    },
    Case {
        name: "a content ends before \", and when\"",
        text: "Anna Petrova said she had not seen the report, and when asked about the fire, the mayor went home.",
        want: &[
            r("she had not seen the report", Some("Anna Petrova"), Reported),
            r("about the fire", None, Impersonal),
        ],
    },
    Case {
        name: "a content ends before another attribution after \", and\", before \", however\" and before the speaker's next verb after \"but\"",
        text: "Six in 10 farmers said the rules are fair, and three-quarters said the tax is too high. About 47 percent said they would sell, however this time that number has dropped. Anna Petrova said she would back the nominee but did not name anyone.",
        want: &[
            r("the rules are fair", Some("Six in 10 farmers"), Reported),
            r("the tax is too high", Some("three-quarters"), Reported),
            r("they would sell", Some("About 47 percent"), Reported),
            r("she would back the nominee", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: said little, said nothing",
        text: "Anna Petrova has said little about the plan in recent months. The ministry said nothing on Monday.",
        want: &[],
    },
    Case {
        name: "reported after its content: a long recipient of told, a title in capitals before the name",
        text: "The plant will close in May, a company spokesman told The Wall Street Journal. The union will sit out the vote, UMWA Director of Government Affairs Anna Petrova told reporters on Tuesday.",
        want: &[
            r("The plant will close in May", Some("a company spokesman"), ReportedAfter),
            r("The union will sit out the vote", Some("Anna Petrova"), ReportedAfter),
        ],
    },
    Case {
        name: "told a recipient, then an owner that opens a clause",
        text: "Anna Petrova told the AP her group never worked with the port. Olaf Scholz told the AP her story. The mayor thanked the minister for his decision to build a school equipped with labs.",
        want: &[r("her group never worked with the port", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "a source in a passive: as reported by X, was first reported by X",
        text: "As reported by The Daily Courier, the campaign spent $2 million on ads. News of the merger was first reported by the Harbour Herald.",
        want: &[
            r("the campaign spent $2 million on ads", Some("The Daily Courier"), AccordingTo),
            r("News of the merger", Some("the Harbour Herald"), AccordingTo),
        ],
    },
    Case {
        name: "failure: a passive with no source named, and one whose subject holds a comma",
        text: "The merger was first reported on Friday. The plant, which opened in May, was reported by the Harbour Herald.",
        want: &[],
    },
    Case {
        name: "mixed quotes of a label: one quoted word, a quote that closes after the content's comma, the speaker's next verb after \", and\"",
        text: "Anna Petrova called it \"predatory.\" In April, Olaf Scholz called the plans to move the plant \"an absolute disgrace,\" and threatened to impose a tax.",
        want: &[
            r("it \"predatory.\"", Some("Anna Petrova"), Reported),
            r(
                "the plans to move the plant \"an absolute disgrace,\"",
                Some("Olaf Scholz"),
                Reported,
            ),
            // A threat is a speech act of its own.
            r("to impose a tax", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "every form of a cue verb (plain, -s, -ing); verbs of attitude and intention",
        text: "Local analysts feel the tax is unfair. The union plans to strike in May. Olaf Scholz slams the port plan. Critics are touting the new rules as a model.",
        want: &[
            r("the tax is unfair", Some("Local analysts"), Reported),
            r("to strike in May", Some("The union"), Reported),
            r("the port plan", Some("Olaf Scholz"), Reported),
            r("the new rules as a model", Some("Critics"), Reported),
        ],
    },
    Case {
        name: "an object ends before an adverb of manner, not inside a compound that opens with one",
        text: "Olaf Scholz is defending his early-morning tweets about the port. Anna Petrova praised the plan warmly.",
        want: &[
            r("his early-morning tweets about the port", Some("Olaf Scholz"), Reported),
            r("the plan", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a refusal to speak is an attribution; a refusal to act is not",
        text: "The ministry declined to comment on the report. Anna Petrova refused to fight the ruling.",
        want: &[r("to comment on the report", Some("The ministry"), Reported)],
    },
    Case {
        name: "failure: cue words as nouns (after an adjective or an owner, before a preposition), a stance in a restrictive relative clause, \"find\" without \"that\", an owner and an adjective before a plural",
        text: "The plan drew deep support among dock workers. The mayor's attacks on the council continued. Republican support for the bill faded. Residents who support the mayor gathered outside. They found a way. Their bold plans to expand stalled.",
        want: &[],
    },
    Case {
        name: "failure: a label of one word without quote marks",
        text: "Anna Petrova called him divisive.",
        want: &[],
    },
    Case {
        name: "an adjective that governs the infinitive cue; a gerund subject around the attribution; reported after, before a semicolon",
        text: "Dock workers were slightly more likely to say they preferred the old contract. Cutting the budget too soon, a wide array of economists say, slowed the recovery. To win the port, the city needs about 40 percent of the vote, local analysts say; in 2012, it lost.",
        want: &[
            r("they preferred the old contract", Some("Dock workers"), Reported),
            r(
                "Cutting the budget too soon, a wide array of economists say, slowed the recovery",
                Some("economists"),
                Reported,
            ),
            r(
                "To win the port, the city needs about 40 percent of the vote",
                Some("local analysts"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "a participle's subject: a noun of a person after a place that modifies it, past an opening subordinate clause",
        text: "The Oslo businessman has praised the minister, saying he was a stronger leader than his rival. Before the strike began, Anna Petrova took a softer line, suggesting that the port could wait.",
        want: &[
            r("he was a stronger leader than his rival", Some("The Oslo businessman"), Reported),
            r("the port could wait", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "failure: a participle whose object is the only name",
        text: "The budget was approved by Anna Petrova, saying nothing of the cost.",
        want: &[],
    },
    Case {
        name: "the sentence's subject after an abbreviated title, for \"but has said\"; a short adverbial between a bare cue and a pronoun's clause",
        text: "Mayor Anna Petrova spoke first. Mrs. Petrova met the union leaders but has said she will hold firm on wages. Olaf Scholz said after the vote he would not accept the post.",
        want: &[
            r("she will hold firm on wages", Some("Anna Petrova"), Reported),
            r("he would not accept the post", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a medium ends the content only where it closes the attribution",
        text: "Anna Petrova said the law does not require witnesses to show up at a public hearing to assert their rights. Olaf Scholz said he cannot comment on the letter because he has not seen it. The minister said the plant would close in a statement released on Friday.",
        want: &[
            r(
                "the law does not require witnesses to show up at a public hearing to assert their rights",
                Some("Anna Petrova"),
                Reported,
            ),
            r(
                "he cannot comment on the letter because he has not seen it",
                Some("Olaf Scholz"),
                Reported,
            ),
            r("the plant would close", Some("The minister"), Reported),
        ],
    },
    Case {
        name: "a participle's subject is never a mention after a preposition",
        text: "In three separate interviews, the judge sounded off on Olaf Scholz, saying she did not want to contemplate his election. In an interview, the justice sounded off on Olaf Scholz, saying she did not want to contemplate his election.",
        want: &[
            r("she did not want to contemplate his election", Some("the judge"), Reported),
            r("she did not want to contemplate his election", Some("the justice"), Reported),
        ],
    },
    Case {
        name: "a split quote: no speaker taken from inside either part",
        text: "Olaf Scholz spoke first. \"If he thinks that makes him smart,\" the ad's narrator says, \"what does he think of you?\"",
        want: &[
            d("If he thinks that makes him smart,", Some("the ad's narrator"), CueAfter),
            d("what does he think of you?", Some("the ad's narrator"), CueBefore),
        ],
    },
    Case {
        name: "the speaker after an inverted cue: name words before a document, not past a comma; a recipient after told is no speaker",
        text: "\"It takes an election,\" said Senate Whip Anna Petrova (D-Ore.) in an interview. \"We have a path to victory,\" added his campaign manager Olaf Scholz, speaking to CNN after the rally. \"It was very nice,\" the gambling tycoon told Reuters in a rare interview.",
        want: &[
            d("It takes an election,", Some("Anna Petrova"), CueAfter),
            d("We have a path to victory,", Some("Olaf Scholz"), CueAfter),
            d("It was very nice,", Some("the gambling tycoon"), CueAfter),
        ],
    },
    Case {
        name: "direct: a middle initial in a name; an inner quote closed with the outer one; an attribution that opens its own sentence after \"!\"",
        text: "''I would use the word 'old-school,''' said Gregory W. Slayton, a former envoy. \"And I'm not being paid!\" Olaf Scholz declared, a point he likes to make at rallies.",
        want: &[
            d("I would use the word 'old-school,", Some("Gregory W. Slayton"), CueAfter),
            d("And I'm not being paid!", Some("Olaf Scholz"), CueAfter),
        ],
    },
    Case {
        name: "direct: new cue forms (conclude, put it, quip); a colon after a name and its parenthesis; \"they\" stands for no one person",
        text: "Anna Petrova chaired the panel. \"The attacks show that many oppose any new port,\" they conclude. Or, as Olaf Scholz put it: \"The barbarians are no longer at the gate.\" A spokesman for the union could only quip: \"I guess Christmas Eve was booked.\" Rep. Mark Lewin (R-Ore.): \"I have not heard anyone cite that figure.\"",
        want: &[
            d("The attacks show that many oppose any new port,", Some("they"), Pronoun),
            d("The barbarians are no longer at the gate.", Some("Olaf Scholz"), CueBefore),
            d("I guess Christmas Eve was booked.", Some("A spokesman"), CueBefore),
            d("I have not heard anyone cite that figure.", Some("Mark Lewin"), Colon),
        ],
    },
    Case {
        name: "direct: an attribution after \"?\" and an inner quote's mark; charged as a cue, and the quote that goes on",
        text: "\"She'd look at me and say, 'What did he mean by that?'\" Olaf Scholz said, clutching the lectern. \"That is a disservice to them,\" Anna Petrova charged.\n\n\"They're performing honorably. It's too bad.\"",
        want: &[
            d(
                "She'd look at me and say, 'What did he mean by that?'",
                Some("Olaf Scholz"),
                CueAfter,
            ),
            d("That is a disservice to them,", Some("Anna Petrova"), CueAfter),
            d("They're performing honorably. It's too bad.", Some("Anna Petrova"), Continuation),
        ],
    },
    Case {
        name: "direct: quote marks of mixed families in copied text pair when no mark of the opening family is left in the paragraph",
        text: "\"I was hoping to see more of the plan,” Anna Petrova said. “So I was disappointed when the port chose the old version.”\n\n“It is wrong,\" Olaf Scholz said.\n\n\"Plain quotes,\" he said, \"stay as they were.\"",
        want: &[
            d("I was hoping to see more of the plan,", Some("Anna Petrova"), CueAfter),
            d(
                "So I was disappointed when the port chose the old version.",
                Some("Anna Petrova"),
                Continuation,
            ),
            d("It is wrong,", Some("Olaf Scholz"), CueAfter),
            d("Plain quotes,", Some("Olaf Scholz"), Pronoun),
            d("stay as they were.", Some("Olaf Scholz"), Pronoun),
        ],
    },
    Case {
        name: "direct: a verb of saying right before a quote that runs to the sentence's end; a label after called stays mixed",
        text: "In his tribute, Olaf Scholz said \"there is no one who has done more for this city than Anna Petrova.\" The mayor called the port \"the finest harbour of record.\"",
        want: &[
            d(
                "there is no one who has done more for this city than Anna Petrova.",
                Some("Olaf Scholz"),
                CueBefore,
            ),
            r("the port \"the finest harbour of record.\"", Some("The mayor"), Reported),
        ],
    },
    Case {
        name: "direct: the sentence's subject before an earlier quote in its sentence, and no speaker from inside that quote",
        text: "Anna Petrova ridiculed the plan as \"political theatre\" and said, \"The port needs dredging, not speeches.\" The mayor wrote to the minister, addressing him as \"Olaf\" and telling him, \"You are needed for the long run!\"",
        want: &[
            d("The port needs dredging, not speeches.", Some("Anna Petrova"), CueBefore),
            d("You are needed for the long run!", Some("The mayor"), CueBefore),
        ],
    },
    Case {
        name: "direct: a subordinate clause after the quote is no attribution; the participle before it is",
        text: "The film ends with Anna Petrova saying, \"We will dredge it by May,\" when the minister interrupts her.",
        want: &[d("We will dredge it by May,", Some("Anna Petrova"), CueBefore)],
    },
    Case {
        name: "reported: a quote whose clause goes on past a subordinate clause, then an inverted cue",
        text: "\"Many would call that a defeat\" if the port closes, said Olaf Scholz.",
        want: &[r(
            "Many would call that a defeat\" if the port closes",
            Some("Olaf Scholz"),
            CueAfter,
        )],
    },
    Case {
        name: "direct: a participle after \"before\" speaks for the sentence's subject, not its object",
        text: "\"Keep your hands in sight,\" Anna Petrova told Olaf Scholz before asking him, \"Where do we go from here?\"",
        want: &[
            d("Keep your hands in sight,", Some("Anna Petrova"), CueAfter),
            d("Where do we go from here?", Some("Anna Petrova"), CueBefore),
        ],
    },
    Case {
        name: "direct: a speaker noun with a modifier before the cue, not the modifier's object",
        text: "\"Who pays for the port?\" a narrator in the campaign ad asks.",
        want: &[d("Who pays for the port?", Some("a narrator in the campaign ad"), CueAfter)],
    },
    Case {
        name: "reported: the head of a relative clause speaks, not the clause's object",
        text: "The man who hired Olaf Scholz said the port would close.",
        want: &[r("the port would close", Some("The man"), Reported)],
    },
    Case {
        name: "reported: \"who\" after a body in a modifier refers to the noun before it",
        text: "The plan pleased an analyst at Harbor Capital, who noted that the port must stay open.",
        want: &[r("the port must stay open", Some("an analyst at Harbor Capital"), Reported)],
    },
    Case {
        name: "direct: an inner quote in the same curly marks",
        text: "“I would rather live in what he calls “hell” than here,” Anna Petrova said.",
        want: &[d(
            "I would rather live in what he calls “hell” than here,",
            Some("Anna Petrova"),
            CueAfter,
        )],
    },
    Case {
        name: "direct: a dash byline with a middle initial",
        text: "“The port is our future.” ― Maria T. Kovalenko",
        want: &[d("The port is our future.", Some("Maria T. Kovalenko"), Dash)],
    },
    Case {
        name: "failure: a subheading in marks, alone on its line, is no quote",
        text: "\"We will dredge it,\" Olaf Scholz said.\n\n'Dredging Is the Future.'\n\nThe work starts in May.",
        want: &[d("We will dredge it,", Some("Olaf Scholz"), CueAfter)],
    },
    Case {
        name: "failure: a bare cue before \"with\" has no content",
        text: "The report concludes with a list of ports.",
        want: &[],
    },
    Case {
        name: "direct: a nickname in marks inside the speaker's name, and a title abbreviation that ends no sentence",
        text: "\"This is a big year for our port!\" Petrova's niece, state Del. Marcia \"Cia\" Lund (D-Norfolk), shouted to the crowd.",
        want: &[d("This is a big year for our port!", Some("Petrova's niece"), CueAfter)],
    },
    Case {
        name: "direct: a noun of kin with its owner speaks",
        text: "\"He loved this harbour,\" Olaf Scholz's widow said.",
        want: &[d("He loved this harbour,", Some("Olaf Scholz's widow"), CueAfter)],
    },
    Case {
        name: "reported: an attribution at the sentence's end wins over a weak cue inside its content",
        text: "He had just welcomed a second daughter three weeks ago, his brother added.",
        want: &[r(
            "He had just welcomed a second daughter three weeks ago",
            Some("his brother"),
            ReportedAfter,
        )],
    },
    Case {
        name: "reported: an object ends before the time or occasion of the act",
        text: "Anna Petrova criticized the port authority's plan during a campaign stop in Riga.",
        want: &[r("the port authority's plan", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: an object may be a single name",
        text: "Olaf Scholz also praised Petrova while visiting the harbour on Friday.",
        want: &[r("Petrova", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "failure: an adverb after a verb that takes an object is no content",
        text: "The port is open, as Anna Petrova mentioned earlier. Olaf Scholz supported as well.",
        want: &[r("The port is open", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: \"according to\" with quoted words in the content, and a title noun before the name",
        text: "According to harbour pilot Ivo Lund, the plan reeks of “panic” and haste. More than 2,000 people took part in a “walk-in” at the docks, according to the organizer Harbour Watch.",
        want: &[
            r("the plan reeks of “panic” and haste", Some("Ivo Lund"), AccordingTo),
            r(
                "More than 2,000 people took part in a “walk-in” at the docks",
                Some("Harbour Watch"),
                AccordingTo,
            ),
        ],
    },
    Case {
        name: "reported: an object ends before a time or a manner at the end of its phrase",
        text: "Anna Petrova endorsed Olaf Scholz on Wednesday. She praised the largely peaceful march publicly.",
        want: &[
            r("Olaf Scholz", Some("Anna Petrova"), Reported),
            r("the largely peaceful march", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "reported: told, a show in quotes and a time before \"that\"",
        text: "Anna Petrova told Radio North's “Morning Harbour” on Friday that “exactly who did it” is still unknown.",
        want: &[r("“exactly who did it” is still unknown", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: an apposition between double hyphens",
        text: "Olaf Scholz -- co-author of a book on the port, a study of its trade -- said the docks would need dredging.",
        want: &[r("the docks would need dredging", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "reported: a speaker noun with a relative clause without \"who\"",
        text: "In the plan's favour, the experts I interviewed said the costs were modest.",
        want: &[r("the costs were modest", Some("the experts"), Reported)],
    },
    Case {
        name: "reported: a bare dateline is no part of the content",
        text: "RIGA — The port will close for a week, harbour officials said on Monday.",
        want: &[r("The port will close for a week", Some("harbour officials"), ReportedAfter)],
    },
    Case {
        name: "direct: a verb of the manner of speaking after the quote",
        text: "“This is fantastic!” beamed Anna Petrova of Riga.",
        want: &[d("This is fantastic!", Some("Anna Petrova"), CueAfter)],
    },
    Case {
        name: "direct: \"it\" speaks for a body or document it does not name",
        text: "The port council opposed the plan. ''Keep the tariff where it is,'' it recommended.",
        want: &[
            r("the plan", Some("The port council"), Reported),
            d("Keep the tariff where it is,", Some("it"), Pronoun),
        ],
    },
    Case {
        name: "direct: a straight closing mark before an attribution inside a curly quote",
        text: "“We will dredge the port,\" she said. \"It will be done. Believe it or not, it is not even hard.”",
        want: &[
            d("We will dredge the port,", Some("she"), Pronoun),
            d(
                "It will be done. Believe it or not, it is not even hard.",
                Some("she"),
                Continuation,
            ),
        ],
    },
    Case {
        name: "direct: \"According to X:\" before a quote",
        text: "According to Harbour Weekly: “The port has had a mixed record on safety for most of its history.”",
        want: &[d(
            "The port has had a mixed record on safety for most of its history.",
            Some("Harbour Weekly"),
            AccordingTo,
        )],
    },
    Case {
        name: "direct: no speaker from inside the subordinate clause before an inverted cue",
        text: "''To see how many cases could change is stunning,'' since so many of them were decided by one vote, said Anna Petrova, who teaches law.",
        want: &[r(
            "To see how many cases could change is stunning,'' since so many of them were decided by one vote",
            Some("Anna Petrova"),
            CueAfter,
        )],
    },
    Case {
        name: "direct: a sentence after \"?\" with a content of its own is no attribution",
        text: "\"They sue,\" he said. \"Everybody sues, right?\" Later, Olaf Scholz claimed that nobody ever sues the port.\n\n\"Nobody sues, right?\" Olaf Scholz claimed that lawsuits are rare.",
        want: &[
            d("They sue,", Some("he"), Pronoun),
            d("Everybody sues, right?", Some("he"), Continuation),
            r("nobody ever sues the port", Some("Olaf Scholz"), Reported),
            d("Nobody sues, right?", None, Unattributed),
            r("lawsuits are rare", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "reported: two quoted parts after \"says\" are mixed speech, not one quote's introduction",
        text: "Anna Petrova says “the whole port is a mess” because “nobody dredges it anymore.”",
        want: &[r(
            "“the whole port is a mess” because “nobody dredges it anymore.”",
            Some("Anna Petrova"),
            Reported,
        )],
    },
    Case {
        name: "direct: the narrator's \"I\" after a quote; a first person's reported speech is left alone",
        text: "“Okay,” I said, trying again. I think the port will reopen in a month or two.",
        want: &[d("Okay,", Some("I"), Pronoun)],
    },
    Case {
        name: "reported: a fragment after a cue in its sentence is part of that reported speech",
        text: "Anna Petrova says the dockers are “right to be angry,” but also hungry for what she calls “real solutions.”",
        want: &[r("the dockers are “right to be angry,”", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "reported: a content in a subordinate clause ends at the clause's comma, not at one inside quote marks",
        text: "When Olaf Scholz thanked Riga and said the port was great to visit, a man in the crowd yelled. When Anna Petrova suggested that the council ''does not want the dockers, all of them, to know the costs,'' nobody answered.",
        want: &[
            r("the port was great to visit", Some("Olaf Scholz"), Reported),
            r(
                "the council ''does not want the dockers, all of them, to know the costs,''",
                Some("Anna Petrova"),
                Reported,
            ),
        ],
    },
    Case {
        name: "failure: \"who\" after a verb of knowing asks a question and has no antecedent",
        text: "How do you know who wants to stay in the port?",
        want: &[],
    },
    Case {
        name: "direct: a name no list holds after a headline's dash, before a colon",
        text: "PORT TRAFFIC RISES - Ivo T. Lund: “The docks have not been this busy in a decade.”",
        want: &[d("The docks have not been this busy in a decade.", Some("Ivo T. Lund"), Colon)],
    },
    Case {
        name: "headline: the person after \"On\" before a colon is the topic, not the speaker",
        text: "Harbour Weekly Editor On Olaf Scholz: ‘We Do Not Pay Anyone To Appear.’\n\nOlaf Scholz On Vladimir Putin: ‘He Will Win.’",
        want: &[
            d("We Do Not Pay Anyone To Appear.", Some("Harbour Weekly"), Colon),
            d("He Will Win.", Some("Olaf Scholz"), Colon),
        ],
    },
    Case {
        name: "failure: \"worth noting\" has nobody who notes",
        text: "It is worth noting that the port has never closed for a whole winter.",
        want: &[],
    },
    Case {
        name: "transcript: a story that calls itself a transcript has turns inside paragraphs; an omission mark ends a turn",
        text: "Excerpts from the transcript of the meeting of the port council Anna Petrova: Good afternoon, colleagues. We open the session now. Olaf Scholz: Thank you, I will be brief about the dredging plan. <…>(Jan Berg raised the issue of the locks.) Olaf Scholz: Thank you, Mr Berg, we will look at the locks.",
        want: &[
            r(
                "Thank you, I will be brief about the dredging plan",
                Some("Olaf Scholz"),
                Transcript,
            ),
            r("Thank you, Mr Berg, we will look at the locks", Some("Olaf Scholz"), Transcript),
        ],
    },
    Case {
        name: "failure: a claim that opens the sentence",
        text: "Anna Petrova's claim that the plant was safe drew criticism from the union.",
        want: &[],
    },
    Case {
        name: "a participle after a comma and an adverb opens a content of its own",
        text: "Olaf Scholz complained about the schedule of the summit, even suggesting the hosts had delayed it on purpose.",
        want: &[
            r("the schedule of the summit", Some("Olaf Scholz"), Reported),
            r("the hosts had delayed it on purpose", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a participle after \"aside from\" opens a content of its own",
        text: "Anna Petrova refused to discuss the new board, aside from saying she wants an engineer to chair it.",
        want: &[
            r("to discuss the new board", Some("Anna Petrova"), Reported),
            r("she wants an engineer to chair it", Some("Anna Petrova"), Reported),
        ],
    },
    Case {
        name: "a speaker's noun after a name is the subject's head, not its verb",
        text: "The union nominee criticized the merger plan, saying it would cost hundreds of jobs.",
        want: &[
            r("the merger plan", Some("The union nominee"), Reported),
            r("it would cost hundreds of jobs", Some("The union nominee"), Reported),
        ],
    },
    Case {
        name: "a participle after an apposition: the direct quote's speaker goes on",
        text: "\"It's too early to judge,\" said Maria Kovalenko, a former harbour engineer, referring to the eastern canal.",
        want: &[
            d("It's too early to judge,", Some("Maria Kovalenko"), CueAfter),
            r("the eastern canal", Some("Maria Kovalenko"), Reported),
        ],
    },
    Case {
        name: "a participle after a relative clause: the direct quote's speaker goes on",
        text: "\"It's hard to plan,\" said Peter Holm, who manages the northern terminal, citing the repairs.",
        want: &[
            d("It's hard to plan,", Some("Peter Holm"), CueAfter),
            r("the repairs", Some("Peter Holm"), Reported),
        ],
    },
    Case {
        name: "a pronoun in a contraction is the subject",
        text: "Emmanuel Macron visited the port. He's touring the docks this week and says the port needs investment.",
        want: &[r("the port needs investment", Some("Emmanuel Macron"), Reported)],
    },
    Case {
        name: "a pronoun: an owner yields to the subject of its sentence",
        text: "Vladimir Putin met Xi Jinping's envoy. He said the partnership was growing.",
        want: &[r("the partnership was growing", Some("Vladimir Putin"), Reported)],
    },
    Case {
        name: "impersonal: \"is expected to\" reports the whole clause, with no speaker",
        text: "The port authority is widely expected to approve the new terminal, ending a decade of delays.",
        want: &[r(
            "The port authority is widely expected to approve the new terminal",
            None,
            Impersonal,
        )],
    },
    Case {
        name: "impersonal: a relative clause between commas, and a subject in a contraction",
        text: "The vote, which is said to be close, takes place in May. He's expected to attend it.",
        want: &[
            r("which is said to be close", None, Impersonal),
            r("He's expected to attend it", None, Impersonal),
        ],
    },
    Case {
        name: "failure: impersonal needs a subject that is no \"it\", and yields to a speaker",
        text: "It is expected to snow on Monday. Olaf Scholz said the harbour is expected to close.",
        want: &[r("the harbour is expected to close", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "a relative clause after \"is a\" speaks of the sentence's subject",
        text: "Olaf Scholz is a veteran negotiator and economist who has repeatedly pledged to cut the harbour fees.",
        want: &[r("to cut the harbour fees", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "a relative clause after a preposition speaks of its own head",
        text: "It was a partial reversal for Olaf Scholz, who had previously pledged to support the plan.",
        want: &[r("to support the plan", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "a sentence adverb and its comma open no subject",
        text: "Instead, the harbour minister is sticking to his message, hoping to avoid a dispute with the unions.",
        want: &[r("to avoid a dispute with the unions", Some("the harbour minister"), Reported)],
    },
    Case {
        name: "failure: a \"that\" after an infinitive is no content's",
        text: "Olaf Scholz went on to win that year by a wide margin.",
        want: &[],
    },
    Case {
        name: "a participle in the opening phrase of a medium modifies its noun",
        text: "In a video posted on Friday, Olaf Scholz said the locks would be repaired by May.",
        want: &[r("the locks would be repaired by May", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "the medium between a subject and its verb",
        text: "Last week Olaf Scholz in a televised interview appeared to blame the dock workers for the delays.",
        want: &[r("the dock workers for the delays", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "a time with \"this past\" between the subject and its verb",
        text: "Olaf Scholz, the chancellor, this past week announced the creation of a harbour fund.",
        want: &[r("the creation of a harbour fund", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "an opening preposition and its comma are no subject",
        text: "Beyond the camera footage, the harbour report cited interviews with the crew and said the captain had been warned.",
        want: &[
            r("interviews with the crew", Some("the harbour report"), Reported),
            r("the captain had been warned", Some("the harbour report"), Reported),
        ],
    },
    Case {
        name: "a document after a verb of sending: its sender speaks",
        text: "Emmanuel Macron issued a statement describing the meeting as a very positive step.",
        want: &[r("the meeting as a very positive step", Some("Emmanuel Macron"), Reported)],
    },
    Case {
        name: "a participle after a trailing attribution keeps its speaker",
        text: "Members of the crew long ago soured on the captain, the Harbour Post reported, citing a source close to the family.",
        want: &[
            r("Members of the crew long ago soured on the captain", Some("Harbour Post"), Reported),
            r("a source close to the family", Some("Harbour Post"), Reported),
        ],
    },
    Case {
        name: "a participle after \"by\": the main clause's subject, not the subordinate clause's",
        text: "Although Olaf Scholz is not a candidate, Emmanuel Macron sent a jab by suggesting that Scholz was worth less.",
        want: &[r("Scholz was worth less", Some("Emmanuel Macron"), Reported)],
    },
    Case {
        name: "words after \"for\" modify the speaker's head",
        text: "Attorneys for Maria Kovalenko appeared to oppose the effort, saying that her account was private.",
        want: &[
            r("the effort", Some("Attorneys for Maria Kovalenko"), Reported),
            r("her account was private", Some("Attorneys for Maria Kovalenko"), Reported),
        ],
    },
    Case {
        name: "failure: a cue after an article and an adjective is a noun",
        text: "During the debate, Olaf Scholz made an unprompted call for an end to subsidies.",
        want: &[],
    },
    Case {
        name: "a short object may be a bare noun",
        text: "Olaf Scholz barely mentioned climate change in his speech.",
        want: &[r("climate change", Some("Olaf Scholz"), Reported)],
    },
    Case {
        name: "failure: the second half of a compound, and a plural after a day, are no cues",
        text: "Anna Petrova, a self-described harbour romantic, arrived. The effects of the Friday attacks wore off quickly.",
        want: &[],
    },
    Case {
        name: "a progressive: the subject before \"is\" speaks, past a place after \"of\"",
        text: "The mayor of Hamburg is demanding that the campaign stop using the image of the port. Olaf Scholz is once again questioning the integrity of the harbour board.",
        want: &[
            r(
                "the campaign stop using the image of the port",
                Some("The mayor of Hamburg"),
                Reported,
            ),
            r("the integrity of the harbour board", Some("Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a city's own body speaks: \"The city of X\"",
        text: "The city of Hamburg is urging residents to stay away from the harbour.",
        want: &[r(
            "residents to stay away from the harbour",
            Some("The city of Hamburg"),
            Reported,
        )],
    },
    Case {
        name: "failure: \"and who\" has no antecedent right before it",
        text: "The harbour board, which the mayor appointed last year, and who is now supporting the strike, met on Monday.",
        want: &[],
    },
    Case {
        name: "impersonal: a question put by someone the story does not name",
        text: "Asked whether the port would reopen in May, Olaf Scholz said the repairs were on schedule.",
        want: &[
            r("the repairs were on schedule", Some("Olaf Scholz"), Reported),
            r("whether the port would reopen in May", None, Impersonal),
        ],
    },
    Case {
        name: "failure: \"It's\" is no speaker of a participle",
        text: "It's entirely possible that the rate will rise in May, after talking about it for so long.",
        want: &[],
    },
    Case {
        name: "people no list holds, joined plurals, a day's part between subject and cue, a span of time before the subject, counts in words; things' plurals do not speak",
        text: "Chinese military commentators have said the port will be expanded. White House and Pentagon spokesmen said the ban applies. Anna Petrova on Thursday evening said the plan was dead. Minutes later they left the room and said they would return. One in three said the party does not listen. Other factors said nothing about the outcome.",
        want: &[
            r("the port will be expanded", Some("Chinese military commentators"), Reported),
            r("the ban applies", Some("White House and Pentagon spokesmen"), Reported),
            r("the plan was dead", Some("Anna Petrova"), Reported),
            r("they would return", Some("they"), Reported),
            r("the party does not listen", Some("One in three"), Reported),
        ],
    },
    Case {
        name: "a participle's phrase before a colon's attribution is no content; bullets before quotes; \"According to X,\" before a whole quote; a quoted term after it is reported speech",
        text: "Commenting on the deal, Anna Petrova, chief executive of Northwind, said:\n\n\"We could not be happier with this result.\"\n\n- \"This is a great day for our customers,\" said Olaf Scholz.\n\n• \"We will hire 200 people,\" said Jane Doe.\n\nAccording to Jane Doe, \"the two companies share the same culture.\"\n\nAccording to the website, \"Title Sponsor\" was the highest level of support.",
        want: &[
            d("We could not be happier with this result.", Some("Anna Petrova"), CueBefore),
            d("This is a great day for our customers,", Some("Olaf Scholz"), CueAfter),
            d("We will hire 200 people,", Some("Jane Doe"), CueAfter),
            d("the two companies share the same culture.", Some("Jane Doe"), AccordingTo),
            r(
                "\"Title Sponsor\" was the highest level of support",
                Some("the website"),
                AccordingTo,
            ),
        ],
    },
    Case {
        name: "an owner's name in capitals opens a body's noun phrase with its article, not a subordinator before it",
        text: "A spokesperson for the U.S. Trade Representative's office said Washington wanted reform. Although Olaf Scholz's office said the plan was dead, aides disagreed.",
        want: &[
            r("Washington wanted reform", Some("the U.S. Trade Representative's office"), Reported),
            r("the plan was dead", Some("Olaf Scholz's office"), Reported),
        ],
    },
    Case {
        name: "the person after a body's possessive speaks, in either order of cue and speaker",
        text: "\"We are ready,\" said Reuters' Anna Petrova. Debates will not alter the race, noted the Kremlin's Dmitry Peskov.",
        want: &[
            d("We are ready,", Some("Anna Petrova"), CueAfter),
            r("Debates will not alter the race", Some("Dmitry Peskov"), ReportedAfter),
        ],
    },
    Case {
        name: "a person before a preposition and a name no list holds speaks, not the name; a source noun that opens a compound is the compound's",
        text: "Anna Petrova at the National Review agreed that the debate was won. The winner was clear, according to the post-debate analysis.",
        want: &[
            r("the debate was won", Some("Anna Petrova"), Reported),
            r("The winner was clear", Some("the post-debate analysis"), AccordingTo),
        ],
    },
    Case {
        name: "a person's spokesperson with the owner's lowercase modifiers and article",
        text: "The former vice president's spokeswoman told reporters that he would skip the convention.",
        want: &[r(
            "he would skip the convention",
            Some("The former vice president's spokeswoman"),
            Reported,
        )],
    },
    Case {
        name: "a time's phrase between the subject and the cue is no speaker; allies and friends speak",
        text: "His close friends and allies have in the past said he was staying quiet. Her allies said in the end that she would run.",
        want: &[
            r("he was staying quiet", Some("His close friends and allies"), Reported),
            r("she would run", Some("Her allies"), Reported),
        ],
    },
    Case {
        name: "\"for\" opens an adverbial before \"that\"",
        text: "Justice Anna Petrova wrote for the majority that the law was void.",
        want: &[r("the law was void", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "a report is not the work of the one person named before it; adjectives may stand in a document's phrase; a document the story met before is nobody's new one",
        text: "Anna Petrova said she saw no evidence in the report that the firm had been hacked. Hackers took 12 servers, the congressional report said. The new report was critical of the board, saying the controls were weak.",
        want: &[
            r(
                "she saw no evidence in the report that the firm had been hacked",
                Some("Anna Petrova"),
                Reported,
            ),
            r("Hackers took 12 servers", Some("the congressional report"), ReportedAfter),
            r("the controls were weak", Some("The new report"), Reported),
        ],
    },
    Case {
        name: "\"no.\" before a name ends a sentence; an answer of two words is too short to be speech",
        text: "Olaf Scholz said no. Anna Petrova said she could not say.",
        want: &[r("she could not say", Some("Anna Petrova"), Reported)],
    },
    Case {
        name: "a document is the work of the one who said so in it, not of the person the sentence opens with",
        text: "Anna Petrova will lead the new government, the Northwind Council said in a statement.\n\n\"She has our full trust,\" the statement said.",
        want: &[
            r(
                "Anna Petrova will lead the new government",
                Some("Northwind Council"),
                ReportedAfter,
            ),
            d("She has our full trust,", Some("Northwind Council"), SourceNoun),
        ],
    },
    Case {
        name: "a person before a body's preposition speaks past the body's lowercase modifiers, named by a list or not",
        text: "Olaf Scholz of the ruling Northwind Party said the vote would wait. Marit Kjeldsen of the far-right Baltic Union said her party would not join.",
        want: &[
            r("the vote would wait", Some("Olaf Scholz"), Reported),
            r("her party would not join", Some("Marit Kjeldsen"), Reported),
        ],
    },
    Case {
        name: "after \"told\" and its recipient, a clause opened by a plural or \"there\"; a negation is what was asked; no clause inside a longer recipient",
        text: "Anna Lund told reporters hospitals would set aside beds. Olaf Scholz told Reuters there was no deal. The minister urged residents not to waste water. Jane Doe told a news conference Northwind cards can now be used.",
        want: &[
            r("hospitals would set aside beds", Some("Anna Lund"), Reported),
            r("there was no deal", Some("Olaf Scholz"), Reported),
            r("not to waste water", Some("The minister"), Reported),
        ],
    },
    Case {
        name: "a pronoun after an unnamed person who spoke stands for that person, not the last one named",
        text: "\"Stay indoors,\" said Anna Lund, the agency's director. A street vendor in the old city said he had lost half his customers. \"Nobody comes out in this heat,\" he said.",
        want: &[
            d("Stay indoors,", Some("Anna Lund"), CueAfter),
            r("he had lost half his customers", Some("A street vendor in the old city"), Reported),
            d("Nobody comes out in this heat,", Some("he"), Pronoun),
        ],
    },
    Case {
        name: "\"quoted X as saying\": the one quoted speaks, a pronoun too; not a source after a preposition, nor the medium of a passive",
        text: "The agency quoted leader Olaf Scholz as saying the country would never hesitate. Anna Lund spoke on Monday. The Times quoted her as saying she would run. The Post quoted a source close to Olaf Scholz as saying the deal was off.",
        want: &[
            r("the country would never hesitate", Some("Olaf Scholz"), Reported),
            r("she would run", Some("Anna Lund"), Reported),
            r("the deal was off", Some("a source close to Olaf Scholz"), Reported),
        ],
    },
    Case {
        name: "a family speaks after its content (\"family\" ends like an adverb); a monthly report does not",
        text: "Anna Lund has died at her home in Lagos, her family said on Sunday. Growth remains slow in the region, the agency said in a monthly report submitted to ministers.",
        want: &[
            r("Anna Lund has died at her home in Lagos", Some("her family"), ReportedAfter),
            r("Growth remains slow in the region", Some("the agency"), ReportedAfter),
        ],
    },
    Case {
        name: "an article after the closing mark opens the attribution, not a clause that goes on",
        text: "\"We are ready,\" the White House spokesman, Josh Earnest, said on Thursday. ''Somebody entered the country,'' the spokesman, Olaf Scholz, told reporters.",
        want: &[
            d("We are ready,", Some("Josh Earnest"), CueAfter),
            d("Somebody entered the country,", Some("Olaf Scholz"), CueAfter),
        ],
    },
    Case {
        name: "\"Here is what she said:\" gives her the quotes in marks after it, until a quote names its own speaker",
        text: "Anna Lund spoke to reporters on Tuesday. Here is what she said:\n\nOn wind: \"We have never had a stronger pipeline.\"\n\nOn hydrogen: \"It will come, but later.\"\n\n\"It is a mistake,\" said Olaf Scholz.\n\n\"We will see.\"",
        want: &[
            d("We have never had a stronger pipeline.", Some("Anna Lund"), Block),
            d("It will come, but later.", Some("Anna Lund"), Continuation),
            d("It is a mistake,", Some("Olaf Scholz"), CueAfter),
            d("We will see.", Some("Olaf Scholz"), Continuation),
        ],
    },
    Case {
        name: "failure: a passive \"described as\" after a thing is no speech",
        text: "The cyclist was taken to Northwind Hospital with injuries described as life-changing.",
        want: &[],
    },
    Case {
        name: "failure: a place that owns the subject never speaks (\"Delhi's water minister ... and said\")",
        text: "Delhi's water minister urged residents not to waste water and said the city would deploy tankers.",
        want: &[r("not to waste water", Some("Delhi's water minister"), Reported)],
    },
    Case {
        name: "content, a name and its apposition, then the cue and an adverbial",
        text: "Freight rates will ease by the autumn, Ingrid Solberg, chief economist at Nordhavn Bank, wrote in a note to clients.",
        want: &[r("Freight rates will ease by the autumn", Some("Ingrid Solberg"), ReportedAfter)],
    },
    Case {
        name: "content, a name and its apposition, then \"told\" and a recipient",
        text: "The depot will reopen on Monday, Tomas Berg, the port's operations director, told reporters.",
        want: &[r("The depot will reopen on Monday", Some("Tomas Berg"), ReportedAfter)],
    },
    Case {
        name: "failure: an apposition before a verb that takes an object is no attribution",
        text: "The depot will reopen on Monday, Tomas Berg, the port's operations director, thanked the crews.",
        want: &[],
    },
    Case {
        name: "content, a speaker with a relative clause, then \"told\" and a recipient",
        text: "Repairs to the pipeline would take two months, the official, who did not want to be named, told reporters.",
        want: &[r(
            "Repairs to the pipeline would take two months",
            Some("the official"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a participle right after a document's noun speaks for the document, not the sentence's subject",
        text: "Justice Enock Mwita issued the order after Ekuru Aukot filed a petition arguing that the deployment was unconstitutional.",
        want: &[r("the deployment was unconstitutional", Some("a petition"), Reported)],
    },
    Case {
        name: "according to data compiled by a body: the body is the source",
        text: "Spending on warehouse robots rose by a fifth last year, according to data compiled by Logistics Insight Group.",
        want: &[r(
            "Spending on warehouse robots rose by a fifth last year",
            Some("Logistics Insight Group"),
            AccordingTo,
        )],
    },
    Case {
        name: "failure: an owner's document released by another body stays the owner's",
        text: "According to a copy of Olaf Scholz's letter released by the ministry, the talks would resume in May.",
        want: &[r("the talks would resume in May", Some("Olaf Scholz"), AccordingTo)],
    },
    Case {
        name: "a body's noun with no article keeps the nouns before it",
        text: "Fire at recycling plant under control, says fire service\n\nA fire broke out at the plant on Sunday.",
        want: &[r("Fire at recycling plant under control", Some("fire service"), ReportedAfter)],
    },
    Case {
        name: "failure: a document's date or state is no part of the body's noun",
        text: "Exports rose by a tenth in 2025, according to preliminary government figures.",
        want: &[r("Exports rose by a tenth in 2025", Some("government"), AccordingTo)],
    },
    Case {
        name: "said, then a body, a hyphenated title and an honorific before the person",
        text: "\"We thank the health workers,\" said WHO Director-General Dr Tedros Adhanom Ghebreyesus.",
        want: &[d("We thank the health workers,", Some("Tedros Adhanom Ghebreyesus"), CueAfter)],
    },
    Case {
        name: "\"the company\" for a listed company's group company that spoke",
        text: "Siemens Gamesa on Thursday reported higher earnings. The wind turbine company said orders rose by a tenth.",
        want: &[r("orders rose by a tenth", Some("Siemens Gamesa"), Reported)],
    },
    Case {
        name: "according to, a source with an apposition, then a quote",
        text: "According to Javier Ruiz, mayor of Carmona, \"the park has brought 300 jobs to a town that badly needed them.\"",
        want: &[d(
            "the park has brought 300 jobs to a town that badly needed them.",
            Some("Javier Ruiz"),
            AccordingTo,
        )],
    },
    Case {
        name: "failure: according to, then a subject with an apposition of its own",
        text: "According to the Carmona Herald, the IMF team, led by Paul Acquah, is due to conclude its talks on March 23.",
        want: &[r(
            "the IMF team, led by Paul Acquah, is due to conclude its talks on March 23",
            Some("Carmona Herald"),
            AccordingTo,
        )],
    },
    Case {
        name: "failure: a name after a verb that takes an object is no inverted speaker",
        text: "The Italian Treasury, which owns 23.6% of the utility, proposed Luigi Signorini for the role.",
        want: &[],
    },
    Case {
        name: "an inverted \"say\" in a headline in capitals",
        text: "U.K. BASE RATES WILL FALL AGAIN SOON, SAY ANALYSTS\n\nLONDON, March 18 - Rates fell by half a point today.",
        want: &[r("U.K. BASE RATES WILL FALL AGAIN SOON", Some("ANALYSTS"), ReportedAfter)],
    },
    Case {
        name: "failure: an adverb that opens the sentence is no speaker",
        text: "Publicly reported earnings of foreign securities houses showed Nomura on top.",
        want: &[],
    },
    Case {
        name: "\"the rights group\" for a listed NGO that spoke",
        text: "Amnesty International said on Friday that police had killed 38 people. In a report released in Nairobi, the rights group said it had documented 12 cases.",
        want: &[
            r("police had killed 38 people", Some("Amnesty International"), Reported),
            r("it had documented 12 cases", Some("Amnesty International"), Reported),
        ],
    },
    Case {
        name: "the people a participle's agent polled speak, not the agent",
        text: "Economists polled by Reuters said the bank would hold rates. A Fiat spokesman contacted by Reuters said the company had no comment.",
        want: &[
            r("the bank would hold rates", Some("Economists"), Reported),
            r("the company had no comment", Some("A Fiat spokesman"), Reported),
        ],
    },
    Case {
        name: "failure: a document's agent speaks through it",
        text: "A survey conducted by Reuters found the mayor ahead by ten points.",
        want: &[r("the mayor ahead by ten points", Some("Reuters"), Reported)],
    },
    Case {
        name: "a cue word that is a noun inside the adverbial before \"that\"",
        text: "Tesla said in its recall filing that it did not agree with the agency's analysis. Mr. Lund said, in response to a question, that the plant would stay open.",
        want: &[
            r("it did not agree with the agency's analysis", Some("Tesla"), Reported),
            r("the plant would stay open", Some("Lund"), Reported),
        ],
    },
    Case {
        name: "failure: a recall of goods is no speech",
        text: "Tesla recalls 2 million vehicles over Autopilot safeguards. Porsche is recalling more than 900 of its 1987 model cars.",
        want: &[],
    },
    Case {
        name: "a recall of the past is speech, whatever year follows",
        text: "Joe Madison recalled in 2008 that before Iowa, Obama was not treated as credibly.",
        want: &[r("before Iowa, Obama was not treated as credibly", Some("Joe Madison"), Reported)],
    },
    Case {
        name: "failure: a body's noun with a demonym is no body the list places in another country",
        text: "UniCredit has raised its stake in Commerzbank to about 29%, the Italian bank said on Wednesday.",
        want: &[r(
            "UniCredit has raised its stake in Commerzbank to about 29%",
            Some("the Italian bank"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a body's noun with a demonym for a body of that country",
        text: "Commerzbank raised its dividend. The German bank said profit rose by a third.",
        want: &[r("profit rose by a third", Some("Commerzbank"), Reported)],
    },
    Case {
        name: "an attribution inside a weak cue's content, before a modifier of the whole, takes the sentence",
        text: "Volvo and Northvolt have agreed to end their joint venture, the two companies said on Friday, with Volvo taking full ownership of the plant.",
        want: &[r(
            "Volvo and Northvolt have agreed to end their joint venture",
            Some("the two companies"),
            ReportedAfter,
        )],
    },
    Case {
        name: "failure: a parenthesis inside a weak cue's content keeps the content whole",
        text: "Zairean officials blame their present difficulties on the plan's two basic assumptions which, they said, failed to materialise.",
        want: &[r(
            "their present difficulties on the plan's two basic assumptions which, they said, failed to materialise",
            Some("Zairean officials"),
            Reported,
        )],
    },
    Case {
        name: "failure: \"told\" after the comma with no subject names who was told, not the speaker",
        text: "The depot will reopen on Monday, told reporters.",
        want: &[],
    },
    Case {
        name: "an \"as\" clause with an adverbial before the comma",
        text: "As the Ridgeway Herald reported on Saturday, the council has already hired two advisers.",
        want: &[r("the council has already hired two advisers", Some("Ridgeway Herald"), Reported)],
    },
    Case {
        name: "an \"as\" clause with a longer adverbial",
        text: "As Mayor Carla Benn noted in her speech to the council, the city has no money left for repairs.",
        want: &[r("the city has no money left for repairs", Some("Carla Benn"), Reported)],
    },
    Case {
        name: "failure: an \"as\" clause of time with a verb that is no saying",
        text: "As the outlook for the steel industry continues to be weak, the plant will cut a shift.",
        want: &[],
    },
    Case {
        name: "failure: an \"as\" clause whose verb is no saying, with an adverbial",
        text: "As the three unions agreed on Friday, the strike was called off.",
        want: &[],
    },
    Case {
        name: "\"the agency\" is a United Nations programme, not the wire the dateline credits",
        text: "GENEVA, Nov 12 (Reuters) - Aid convoys are blocked, the World Food Programme said on Wednesday. The agency said fighting had cut the main roads.",
        want: &[
            r("Aid convoys are blocked", Some("World Food Programme"), ReportedAfter),
            r("fighting had cut the main roads", Some("World Food Programme"), Reported),
        ],
    },
    Case {
        name: "a title's word in -ing between the club and the person; the champions are the club",
        text: "Bayern Munich have signed a winger from PSV Eindhoven, the Bundesliga champions said on Tuesday. \"He fits what we were looking for,\" Bayern sporting director Max Eberl said.",
        want: &[
            r(
                "Bayern Munich have signed a winger from PSV Eindhoven",
                Some("Bayern Munich"),
                ReportedAfter,
            ),
            d("He fits what we were looking for,", Some("Max Eberl"), CueAfter),
        ],
    },
    Case {
        name: "a subject, a medium between commas, and a clause after the cue",
        text: "Ryanair, in a statement of its own, said it would appeal.",
        want: &[r("it would appeal", Some("Ryanair"), Reported)],
    },
    Case {
        name: "a title before \"of\" and a body with lowercase modifiers: the words, not the body",
        text: "A top official of export development bank Bancomext said demand held up. A spokesman for drugmaker Pfizer said the trial was on track.",
        want: &[
            r(
                "demand held up",
                Some("A top official of export development bank Bancomext"),
                Reported,
            ),
            r("the trial was on track", Some("Pfizer"), Reported),
        ],
    },
    Case {
        name: "a request whose infinitive opens a quoted part",
        text: "Mao Ning urged Washington to \"abide by the one-China principle\" in future.",
        want: &[r("to \"abide by the one-China principle\" in future", Some("Mao Ning"), Reported)],
    },
    Case {
        name: "a question or a request put to the subject of a passive, past its asker: no speaker",
        text: "Rubio was asked by moderator Gerard Baker whether the plan would cost too much. Clinton has been asked to release the transcripts.",
        want: &[
            r("whether the plan would cost too much", None, Impersonal),
            r("to release the transcripts", None, Impersonal),
        ],
    },
    Case {
        name: "failure: an appeal in the present is no question put",
        text: "Anyone with information is asked to call police on 101.",
        want: &[],
    },
    Case {
        name: "a title, the person in its apposition, and a second verb of saying",
        text: "Chairman and CEO of the Railway Board, Shri Satish Kumar, congratulated the staff and said that the target for the year is 1.7 billion tonnes.",
        want: &[r("the target for the year is 1.7 billion tonnes", Some("Satish Kumar"), Reported)],
    },
    Case {
        name: "a transcript turn headed by an office; a question's label is no speaker",
        text: "Remarks at the hospital\n\nPrime Minister: Thank you all for coming here today.\n\nQuestion: When will waiting lists come down?\n\nReporter: Will you visit again soon?",
        want: &[
            r("Thank you all for coming here today", Some("Prime Minister"), Transcript),
            r("Will you visit again soon", Some("Reporter"), Transcript),
        ],
    },
    Case {
        name: "a quote split by an attribution with a title or an apposition: both parts the speaker's",
        text: "\"The plan,\" said union general secretary Mick Whelan, \"is to put the offer to our members.\" \"We made a find,\" said Alfred Munk, manager of exploration at Amoco, \"but we need more reserves.\"",
        want: &[
            d("The plan,", Some("Mick Whelan"), CueAfter),
            d("is to put the offer to our members.", Some("Mick Whelan"), CueBefore),
            d("We made a find,", Some("Alfred Munk"), CueAfter),
            d("but we need more reserves.", Some("Alfred Munk"), CueBefore),
        ],
    },
    Case {
        name: "failure: a quote after a reported clause is no second part of the first",
        text: "Retired Gen. Mark Flynn said on Wednesday that under President Obama, “the generals have been reduced to rubble.”",
        want: &[r(
            "under President Obama, “the generals have been reduced to rubble.”",
            Some("Mark Flynn"),
            Reported,
        )],
    },
    Case {
        name: "a capital or a country speaks for its government with verbs of request and welcome",
        text: "Iran has asked Germany to extradite the former president. Bonn welcomed the wage settlement.",
        want: &[
            r("to extradite the former president", Some("Iran"), Reported),
            r("the wage settlement", Some("Bonn"), Reported),
        ],
    },
    Case {
        name: "a headline that names its source after a dash; a document seen by the wire is the source",
        text: "Tesla to cut 10% of workforce - memo\n\nAUSTIN, Texas, April 15 (Reuters) - Tesla will cut jobs, according to an internal memo seen by Reuters on Monday.",
        want: &[
            r("Tesla to cut 10% of workforce", Some("memo"), Dash),
            r("Tesla will cut jobs", Some("an internal memo"), AccordingTo),
        ],
    },
    Case {
        name: "failure: a hyphenated word or a long tail after a dash in a headline names no source",
        text: "Anti-tax protests spread across Kenya - and beyond the capital\n\nNAIROBI - Protests spread.",
        want: &[],
    },
    Case {
        name: "a pronoun after an attribution that reports about another person: the speaker",
        text: "Vladimir Putin has no plans to meet Volodymyr Zelensky, Kremlin Spokesman Dmitry Peskov told reporters on Tuesday. \"No, there are no such plans,\" he said.",
        want: &[
            r(
                "Vladimir Putin has no plans to meet Volodymyr Zelensky",
                Some("Dmitry Peskov"),
                ReportedAfter,
            ),
            d("No, there are no such plans,", Some("Dmitry Peskov"), Pronoun),
        ],
    },
    Case {
        name: "a person, a long title with a body after a preposition, and a relative clause before the cue",
        text: "Robin Lovell-Badge, head of stem cell biology at the Francis Crick Institute, who was not involved in the research, said the work raised questions.",
        want: &[r("the work raised questions", Some("Robin Lovell-Badge"), Reported)],
    },
    Case {
        name: "an inverted cue, a description and the person in its apposition",
        text: "The model mimics the embryo at about 14 days, said the study's senior author, Professor Magdalena Zernicka-Goetz. Sales rose sharply in the third quarter, said the chief executive, Anna Lind.",
        want: &[
            r(
                "The model mimics the embryo at about 14 days",
                Some("Magdalena Zernicka-Goetz"),
                ReportedAfter,
            ),
            r("Sales rose sharply in the third quarter", Some("Anna Lind"), ReportedAfter),
        ],
    },
    Case {
        name: "\"In the words of\" a source, a direct quote or reported speech",
        text: "In the words of Jane Doe, chief executive of Nordwerk, “this is a turning point for the company.” In the words of one analyst, the deal was a steal.",
        want: &[
            d("this is a turning point for the company.", Some("Jane Doe"), AccordingTo),
            r("the deal was a steal", Some("one analyst"), AccordingTo),
        ],
    },
    Case {
        name: "failure: a heading's capitalised word over a list is no cue",
        text: "Third Quarter Highlights\n- Revenue of $612 million, up 18% year over year\n- Record data center revenue",
        want: &[],
    },
    Case {
        name: "a participle's subject after the quote that opens the sentence, not a name inside it",
        text: "The National Rifle Association (NRA) spent $3 million last year. “The grip of the NRA is breaking,” said Sen. Ruth Calder (D-Vt.), who has been pushing for new gun laws.",
        want: &[
            d("The grip of the NRA is breaking,", Some("Ruth Calder"), CueAfter),
            r("new gun laws", Some("Ruth Calder"), Reported),
        ],
    },
    Case {
        name: "content, an inverted cue, and a participle or a relative clause of the speaker after it",
        text: "But that is not good enough for investors, said Howard Rubel, an analyst at Jefferies, who notes that the group lags its peers. For the full year, the newspaper could break even or better, said Black, citing lower labour costs.",
        want: &[
            r("But that is not good enough for investors", Some("Howard Rubel"), ReportedAfter),
            r("the group lags its peers", Some("Howard Rubel"), Reported),
            r(
                "For the full year, the newspaper could break even or better",
                Some("Black"),
                ReportedAfter,
            ),
            r("lower labour costs", Some("Black"), Reported),
        ],
    },
    Case {
        name: "a relative clause after a person's apposition is the person's",
        text: "Lars Berg, a former trade minister who has called the plan a mistake, said the vote would be close.",
        want: &[
            r("the plan a mistake", Some("Lars Berg"), Reported),
            r("the vote would be close", Some("Lars Berg"), Reported),
        ],
    },
    Case {
        name: "failure: a subordinate clause before an attribution the sentence goes on from is no content",
        text: "On Tuesday, even as shares were tumbling, Lena Marsh wrote to investors, telling them the stock was cheap. If the dollar resumes its slide the currency could weaken, Lena Marsh said.",
        want: &[
            r("the stock was cheap", Some("Lena Marsh"), Reported),
            r(
                "If the dollar resumes its slide the currency could weaken",
                Some("Lena Marsh"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "a list of people inside the speaker's apposition",
        text: "Justice Clarence Thomas, in a dissent joined by Justices Neil Gorsuch, Samuel Alito and Amy Coney Barrett, said the decision was wrong. Mayor Ana Ruiz, in a letter to Tom Hale, Eva Lind and Rui Costa, said the plan was late.",
        want: &[
            r("the decision was wrong", Some("Clarence Thomas"), Reported),
            r("the plan was late", Some("Ana Ruiz"), Reported),
        ],
    },
    Case {
        name: "a transcript turn headed by a long office before the name; failure: a sentence ending with a name and a colon",
        text: "Nikol Pashinyan: Thank you. I now give the floor to Mr Japarov.\n\nChairman of the Cabinet of Ministers and Chief of Staff of the Presidential Executive Office of Kyrgyzstan Akylbek Japarov: Thank you for hosting today's meeting.\n\nEarly polls show voters in the area resoundingly rejecting Mr. Trump: a poll found him behind.",
        want: &[
            r("Thank you. I now give the floor to Mr Japarov", Some("Nikol Pashinyan"), Transcript),
            r("Thank you for hosting today's meeting", Some("Akylbek Japarov"), Transcript),
            r(
                "voters in the area resoundingly rejecting Mr. Trump: a poll found him behind",
                Some("Early polls"),
                Reported,
            ),
        ],
    },
    Case {
        name: "failure: a list of terms in marks is no speech; a short sentence of dialogue is",
        text: "There came the statements that were to be expected: \"democracy,\" \"freedom,\" \"crackdown\" and so forth. \"Who pays?\" asked Lena Marsh. \"Never, ever!\"",
        want: &[
            d("Who pays?", Some("Lena Marsh"), CueAfter),
            d("Never, ever!", Some("Lena Marsh"), Continuation),
        ],
    },
    Case {
        name: "failure: a passive cue before a quote names no speaker; an opening cue still does",
        text: "Eva Lind was asked, \"Will the plant close next year?\" The statements were to be expected: \"We will never accept this plan at all.\" Said another Nordwerk official who would be told if talks failed: \"There are no problems at all.\"",
        want: &[
            d("Will the plant close next year?", None, Unattributed),
            d("We will never accept this plan at all.", None, Unattributed),
            d("There are no problems at all.", Some("Nordwerk"), CueBefore),
        ],
    },
    Case {
        name: "a town and its region before \"-based\" inside the speaker's apposition",
        text: "Entwistle Co, a Hudson, Mass.,-based defense contractor, said it raised its stake. Sunriver Corp, a Jackson, Miss.-based maker of workstations, said it cut prices. The firms, Boston-based Harbor Capital and Halcyon Partners, said they bought the shares.",
        want: &[
            r("it raised its stake", Some("Entwistle Co"), Reported),
            r("it cut prices", Some("Sunriver Corp"), Reported),
            r("they bought the shares", Some("The firms"), Reported),
        ],
    },
    Case {
        name: "a headline that opens with its source before a colon",
        text: "Amnesty International: Police fired on protesters in Nairobi\n\nNAIROBI (AP) — The rights group released a report on Wednesday.",
        want: &[r("Police fired on protesters in Nairobi", Some("Amnesty International"), Colon)],
    },
    Case {
        name: "failure: a place or a label before a headline's colon is no source",
        text: "Kenya: Police fired on protesters in Nairobi\n\nNAIROBI (AP) — Protests went on for a week.",
        want: &[],
    },
    Case {
        name: "a cue before a quote past a recipient and a time; failure: past a clause",
        text: "Rush Limbaugh told his radio audience on Monday, \"What has happened is this.\" Lena Marsh said last March it would be difficult, \"if not impossible,\" to pay the debt.",
        want: &[
            d("What has happened is this.", Some("Rush Limbaugh"), CueBefore),
            r(
                "last March it would be difficult, \"if not impossible,\" to pay the debt",
                Some("Lena Marsh"),
                Reported,
            ),
        ],
    },
    Case {
        name: "the person after a body's possessive in an inverted attribution",
        text: "Debates are not likely to alter the campaign, noted NBC's Dante Chinni.",
        want: &[r(
            "Debates are not likely to alter the campaign",
            Some("Dante Chinni"),
            ReportedAfter,
        )],
    },
    Case {
        name: "a campaigning group after the content is the listed NGO, not the company named last; a given name that is a place after an inverted cue",
        text: "AMSTERDAM (Reuters) - Greenpeace activists boarded a Shell oil platform in the North Sea on Wednesday, the environmental group said. \"The industry is making record profits,\" said Virginia Thompson, one of the climbers.",
        want: &[
            r(
                "Greenpeace activists boarded a Shell oil platform in the North Sea on Wednesday",
                Some("Greenpeace"),
                ReportedAfter,
            ),
            d("The industry is making record profits,", Some("Virginia Thompson"), CueAfter),
        ],
    },
    Case {
        name: "content, a description and the person it names between commas, then the cue",
        text: "The bank does not favour new rules on takeovers, its governor, Robin Leigh-Pemberton, said. Facebook created the tool to help in times of crisis, a spokeswoman, Anna Lindqvist, said on Saturday.",
        want: &[
            r(
                "The bank does not favour new rules on takeovers",
                Some("Robin Leigh-Pemberton"),
                ReportedAfter,
            ),
            r(
                "Facebook created the tool to help in times of crisis",
                Some("Anna Lindqvist"),
                ReportedAfter,
            ),
        ],
    },
    Case {
        name: "a person's name with a generational numeral is the speaker, not the numeral",
        text: "\"Yes, I support the plan,\" Brent Bozell III, founder of the Media Research Center, tells reporters. Harry Hurt III said the book would be reissued.",
        want: &[
            d("Yes, I support the plan,", Some("Brent Bozell"), CueAfter),
            r("the book would be reissued", Some("Harry Hurt"), Reported),
        ],
    },
    Case {
        name: "a person, a title alone between commas, then the body it is of",
        text: "Jane Roe, CEO, Acme Robotics, said the deal would close in March. Dr. Rajiv Bahl, Secretary, Department of Health Research and Director General of the Indian Council of Medical Research (ICMR), noted that the kits were made at home. Ms. Leela Nair, Director, Ministry of Culture, said that the festival would run for ten days.",
        want: &[
            r("the deal would close in March", Some("Jane Roe"), Reported),
            r("the kits were made at home", Some("Rajiv Bahl"), Reported),
            r("the festival would run for ten days", Some("Leela Nair"), Reported),
        ],
    },
    Case {
        name: "failure: a body alone in the apposition after a title that is no person's",
        text: "Its parent, Acme Robotics, said the deal would close in March. Its owner, Delta Holdings, said the plant would open in May.",
        want: &[
            r("the deal would close in March", Some("Acme Robotics"), Reported),
            r("the plant would open in May", Some("Delta Holdings"), Reported),
        ],
    },
    Case {
        name: "failure: a company's figures and a court's ruling on a suit are acts, not speech",
        text: "Acme Corp reported a net loss of $5 million for the year ended December 31. The court dismissed an appeal brought by the provinces. Villagers suspected of supporting armed groups were held.",
        want: &[],
    },
    Case {
        name: "the clause after the same cues is speech",
        text: "Acme Corp reported that sales fell in March. Acme Corp reported first quarter earnings from its mines rose to $3 million. She dismissed the claims as \"nonsense.\"",
        want: &[
            r("sales fell in March", Some("Acme Corp"), Reported),
            r(
                "first quarter earnings from its mines rose to $3 million",
                Some("Acme Corp"),
                Reported,
            ),
            r("the claims as \"nonsense.\"", Some("She"), Reported),
        ],
    },
    Case {
        name: "failure: a work's title in apposition to it is no quote",
        text: "The 86-page report, \"Nowhere to Run,\" documents 29 incidents in which soldiers executed villagers.",
        want: &[],
    },
    Case {
        name: "a cue, its comma, an aside and a clause; a sentence adverb is no content",
        text: "Marco Rubio says, win or lose in Tuesday's primary, he is staying in the race. She said, if elected, she would ask Joe Biden to lead the initiative. Rose said, however, he could not predict what the board would do.",
        want: &[
            r(
                "win or lose in Tuesday's primary, he is staying in the race",
                Some("Marco Rubio"),
                Reported,
            ),
            r("if elected, she would ask Joe Biden to lead the initiative", Some("She"), Reported),
            r("he could not predict what the board would do", Some("Rose"), Reported),
        ],
    },
    Case {
        name: "a question after a recipient; \"only\" before a verb of saying",
        text: "Todd asked Pence whether that would take place before the election. The senator would only say that his rival lacked knowledge.",
        want: &[
            r("whether that would take place before the election", Some("Todd"), Reported),
            r("his rival lacked knowledge", Some("The senator"), Reported),
        ],
    },
    Case {
        name: "\"it was reported that\": said by nobody named",
        text: "The price was not disclosed, though it was widely reported that the buyer paid $100 million. When it was said that the party might never win again, the governor proved the prediction wrong.",
        want: &[
            r("the buyer paid $100 million", None, Impersonal),
            r("the party might never win again", None, Impersonal),
        ],
    },
    Case {
        name: "failure: \"only\" before an act is no speech",
        text: "The commission can only reject an offer to sell on quality grounds.",
        want: &[],
    },
    Case {
        name: "\"that\" before a time word after a preposition is no complementizer",
        text: "Chief Cabinet Secretary Minoru Kihara told a press conference later that day that the meeting had been useful. The company reported that year to date it sold 79 vehicles.",
        want: &[
            r("the meeting had been useful", Some("Minoru Kihara"), Reported),
            r("year to date it sold 79 vehicles", Some("The company"), Reported),
        ],
    },
    Case {
        name: "\"reportedly\": the sentence was said by nobody named",
        text: "The Club for Growth is reportedly spending $1.5 million on ads ahead of the primary. And Google has reportedly looked at Twitter and passed.",
        want: &[
            r(
                "The Club for Growth is reportedly spending $1.5 million on ads ahead of the primary",
                None,
                Impersonal,
            ),
            r("Google has reportedly looked at Twitter and passed", None, Impersonal),
        ],
    },
    Case {
        name: "\"repeated\" a claim or a clause; failure: repeated himself",
        text: "He said intervention is only a supplementary measure and repeated that policy coordination is necessary. Christie repeated accusations that Rubio recites the same points. The Florida senator repeated himself in the debate.",
        want: &[
            r("intervention is only a supplementary measure", Some("He"), Reported),
            r("policy coordination is necessary", Some("He"), Reported),
            r("accusations that Rubio recites the same points", Some("Christie"), Reported),
        ],
    },
    Case {
        name: "a five-letter adverb and \"cannot\" between the speaker and the cue; \"some thought\" after a verb is a noun",
        text: "The central bank fully agreed that the merger was needed. Comey cannot deny that the inquiry was flawed. We must give some thought to how we organise it. Some thought a rate cut unlikely.",
        want: &[
            r("the merger was needed", Some("The central bank"), Reported),
            r("the inquiry was flawed", Some("Comey"), Reported),
            r("a rate cut unlikely", Some("Some"), Reported),
        ],
    },
    Case {
        name: "content, a description and the person it names, then the cue and an adverbial",
        text: "The plan is sound, Acme Corp's chairman, John Smith, said in a statement. Japan will not retaliate, the minister of international trade and industry, Hajime Tamura, said in a statement.",
        want: &[
            r("The plan is sound", Some("John Smith"), ReportedAfter),
            r("Japan will not retaliate", Some("Hajime Tamura"), ReportedAfter),
        ],
    },
    Case {
        name: "failure: the document after \"said in\" is no speaker",
        text: "Sugar trading was hectic this week, London trader, Woodhouse, Drake and Carey, said in its weekly report.",
        want: &[],
    },
    Case {
        name: "an inverted cue before a title alone",
        text: "The plan is sound, said the finance minister. Vladimir Putin met the Kremlin staff. The talks were useful, said the president.",
        want: &[
            r("The plan is sound", Some("the finance minister"), ReportedAfter),
            r("The talks were useful", Some("Vladimir Putin"), ReportedAfter),
        ],
    },
];

#[test]
fn attribution_rules() {
    let mut failures = Vec::new();
    for case in CASES {
        let doc = pressroom::extract(case.text);
        let got: Vec<(QuoteKind, &str, Option<String>, QuoteRule)> = doc
            .quotes()
            .iter()
            .map(|q| {
                let who = doc
                    .speaker_entity(q)
                    .map(|e| e.name.clone())
                    .or_else(|| q.speaker_str().map(str::to_string));
                (q.kind, q.content_str(), who, q.rule)
            })
            .collect();
        let want: Vec<(QuoteKind, &str, Option<String>, QuoteRule)> = case
            .want
            .iter()
            .map(|w| (w.kind, w.content, w.speaker.map(str::to_string), w.rule))
            .collect();
        if got != want {
            failures.push(format!(
                "{}:\n  text: {:?}\n  want: {want:?}\n  got:  {got:?}",
                case.name, case.text
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_pronoun_with_nobody_before_it_resolves_to_no_entity() {
    let doc = pressroom::extract("“We cannot accept these terms at all,” he said.");
    let q = &doc.quotes()[0];
    assert_eq!(q.speaker_str(), Some("he"));
    assert!(doc.speaker_entity(q).is_none());
}

#[test]
fn a_bodys_data_expert_is_no_body() {
    let doc =
        pressroom::extract("“It will be hard to do quickly,” said a longtime GOP data expert.");
    let q = &doc.quotes()[0];
    assert!(doc.speaker_entity(q).is_none(), "{:?}", q.speaker_str());
}
