/** General speaker mechanisms (role nouns, demonyms, introductory clauses, spokesperson bodies); invented text. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const direct = (body: string) => analyze({ body }).quotes.filter((q) => q.kind === 'direct');

describe('speaker generalisation', () => {
  test.each([
    [
      "a body named in ordinary words speaks at a sentence's start",
      'The survey was out on Monday. Open Door said older voters were "united around" pensions.',
      'Open Door',
    ],
    [
      '"the exchange" stands for a body named before',
      'Shares in Norex Holdings rose on Monday. "We are ready for a bid," the exchange said.',
      'Norex Holdings',
    ],
    [
      'a place only locates a business anaphor: "the Irish exchange" is not Ireland',
      'Shares in Norex Holdings rose. "We are delighted with the results," the Irish exchange said.',
      'Norex Holdings',
    ],
    [
      'a name that opens with a number speaks',
      'Growth slowed. "Our worry is the budget," consultancy 4Sight said in a report.',
      '4Sight',
    ],
    [
      '"the ministry" is the body whose name says so, not the consultancy quoted since',
      [
        'Growth will be 5%, the Trade and Economy Ministry said. "Our worry is the budget," consultancy 4Sight said in a report.',
        'Millions of people are in debt. The plan will help families. It also pledged to build schools.',
        'The government voiced concern about jobs. "A sharp downturn could have other adverse effects," the ministry said.',
      ].join('\n\n'),
      'Trade and Economy Ministry',
    ],
    [
      '"according to a report by X" cites X',
      'The market grew. "It will be vital for services," according to a report published by UK-based research consultancy Quarrix.',
      'Quarrix',
    ],
    [
      '"Will" after a quote\'s closing comma is a first name, and "research fellow at X" an affiliation',
      '"We propose a civic commons," Will Dacre, senior research fellow at the IPPR told the BBC News website.',
      'Will Dacre',
    ],
    [
      "a spokesperson's portfolio, then their name, names the speaker",
      'The Tories were angry. Shadow spokesman for sport Hugh Rowan said: "The way is different."',
      'Hugh Rowan',
    ],
    [
      '"one of X\'s students" describes the subject; X is not the speaker',
      'Raj Rao teaches there. Prassana Ramesh, one of Prof Rao\'s graduate students, says that "video is vital."',
      'Prassana Ramesh',
    ],
    [
      'a time word before it is no part of the name',
      'The survey was out on Monday. Yesterday Open Door said older voters were "united around" pensions.',
      'Open Door',
    ],
    [
      'a party-modified role noun in the lede is the person the next sentence names, not the party',
      'The Greens have been "far too timid", a Labour backbencher has said.\n\nRia Holt said the campaign was long.',
      'Ria Holt',
    ],
    [
      '"the MP for <place>" names the main person, not the place',
      'Tom Ashby spoke on Monday. Tom Ashby is angry. The MP for Kettering said the plan was "a shambles from start to finish".',
      'Tom Ashby',
    ],
    [
      'a bare demonym stands for the main person',
      'Cara Finch won again. Cara Finch is top seed. "I feel better than ever before in my whole career," said the American.',
      'Cara Finch',
    ],
    [
      'an introductory clause does not hold the subject',
      'Cara Finch won again. Cara Finch is top seed. Reacting to a remark by club chairman Ned Pike, the Australian said: "It is a very poor joke indeed."',
      'Cara Finch',
    ],
    [
      '"…, he added" after a clause naming someone else keeps the current speaker',
      'Tom Ashby spoke on Monday. Tom Ashby said the plan was "a shambles". But Mr Reed had been "badly hurt" by the row, he added.',
      'Tom Ashby',
    ],
    [
      '"with X saying" gives the participle its own subject',
      'Berlin welcomed the ruling, with finance minister Hans Eichel saying it showed policy was "on the right track".',
      'Hans Eichel',
    ],
    [
      '"with X telling parliament:" introduces X\'s words',
      'Berlin welcomed it. Paris was subdued, with finance minister Herve Gaymard telling parliament: "We must continue along this path."',
      'Herve Gaymard',
    ],
    [
      "an introductory clause before the previous sentence's subject is skipped",
      'Tom Ashby chaired the meeting. Ria Holt spoke later.\n\nWriting in the Guardian newspaper, Ms Holt outlined her view of the party. "As our manifesto will make clear, we are a party of reform."',
      'Ria Holt',
    ],
    [
      '"countered that" reports speech, so the next "He" is its speaker',
      'Tory leader Tom Reed attacked the plan. Prime Minister Ned Pike replied that the economy was strong. He insisted there could be no deals.\n\nThe Tory leader countered that such deals had been struck twice. He declared: "He is the deals on meals prime minister."',
      'Tom Reed',
    ],
    [
      "a participle after a partial quotation takes the sentence's subject",
      `Labour's Tom Ashby said Mr Pike and Ms Holt had a "scorching" from MPs adding: "It was a meeting like no other."`,
      'Tom Ashby',
    ],
    [
      '"our correspondent" is the correspondent named before',
      'BBC correspondent Jo Doe said Mr Pike would draw "sharp dividing lines" with the Tories. "Mr Pike will lay out his credentials as a reformer," our correspondent said.',
      'Jo Doe',
    ],
    [
      "a long role phrase before the name of the previous sentence's subject",
      'Tom Ashby defended the plans. But general secretary of the public services union Unison Dave Prentis criticised the plans. "If you want good public services you do not get them by hitting people."',
      'Dave Prentis',
    ],
    [
      `"asserts that" reports the body's words`,
      'UKIP suspended a candidate. UKIP asserts that Mr Pike "has a moral obligation, if not a legal one" to stand down.',
      'UKIP',
    ],
    [
      '"act as a "trigger"" in a reported clause is the speaker\'s word, not a label',
      'Ria Holt stressed that sectarianism is not confined to football but it can act as a "trigger" for violence.',
      'Ria Holt',
    ],
    [
      'a contrast opening a new subject ends the reported clause that hosts a partial quote',
      'Tom Ashby said he left "without a stain on his character" but Tory Jo Doe branded his office "scandalous".',
      'Jo Doe',
    ],
    [
      '"Mr Pike\'s comments were" is a noun, not a cue',
      `The mayor refused to apologise. Ria Holt said she thought Ned Pike's comments were "inappropriate" but she did not believe he was a bigot.`,
      'Ria Holt',
    ],
    [
      'a participle after the quotation has no inverted subject',
      'Tom Ashby, 58, said he was disillusioned. Prime Minister Ned Pike declared himself "delighted", saying Mr Ashby would be warmly welcomed.',
      'Ned Pike',
    ],
    [
      "an introductory clause's person does not outrank the main clause's pronoun",
      'In a letter Tom Ashby wrote: "It is best that Ned Pike forms the next government." While saying he admired Mr Pike\'s leadership, he bitterly criticised his party. "The party\'s hostility to Europe has now hardened," he wrote.',
      'Tom Ashby',
    ],
    [
      'one word opening a sentence before a comma is no speaker',
      'The increase was due to winter, labour office chief Tom Ashby said.\n\nUnadjusted, the figures showed unemployment rose. "The stagnation came to an end in 2004. But more is needed" to boost the labour market, Mr Ashby added.',
      'Tom Ashby',
    ],
    [
      "a person's own statement is their words",
      `Ned Pike appointed Tom Ashby as his elections chief. Mr Ashby's statement said: "The party has been making an impact on lower tax."`,
      'Tom Ashby',
    ],
    [
      '"…," according to X after the quotation names X',
      'Campaigner Brett Lock welcomed the deal. "The industry will work with the artists," according to PR strategist Glen Yearwood, who represents the labels.',
      'Glen Yearwood',
    ],
    [
      'a person in a ", despite …," aside does not outrank the one the sentence is about',
      `Ireland, despite having Gordon D'Arcy still out injured, have been boosted by the return of skipper Brian O'Driscoll. "The knowledge that the England game was coming up really helped," he said.`,
      "Brian O'Driscoll",
    ],
    [
      '"dubbed herself a "…"" is her own word',
      'Despite her concerns, Ria Holt dubbed herself a "hope-monger", saying she was confident.',
      'Ria Holt',
    ],
    [
      "a partial quote takes its host clause's subject, past a relative clause naming a party",
      'Ed Balls, who stepped down from his Treasury post to stand as a Labour candidate in the election, had suggested that Mr Brown would meet his golden economic rule - "with a margin to spare".',
      'Ed Balls',
    ],
    [
      '"but X rejected his comments" makes X the "he" who speaks next',
      'Lleyton Hewitt said he had had a "gutful" of trying to persuade them but Tennis Australia\'s Geoff Pollard rejected his comments. "We did ask for it to be made faster than last year," he said.',
      'Geoff Pollard',
    ],
    [
      '"X, who ordered the defender home" gives X no role',
      'Richard Dunne is ready to stay at City.\n\nHe was once threatened with the sack by City boss Kevin Keegan. Early talks have taken place and the defender said: "Hopefully something will be sorted out soon." Dunne was questioned by Keegan, who ordered the defender home.',
      'Richard Dunne',
    ],
    [
      '"the 23-year-old" after "She will now meet X" is the pronoun\'s person, not X',
      'Alicia Molik is into the fourth round. After a tough first set, Molik grew in confidence. She will now meet Venus Williams. "Bring it on," said the 23-year-old.',
      'Alicia Molik',
    ],
    [
      '"He" after "But the Lib Dem spokesman questioned …" is the spokesman named before',
      'Lib Dem spokesman Vince Cable said the public did not know who to believe. Mr Brown earmarked £1bn to keep down council tax rises. But the Lib Dem spokesman questioned whether that money was being found from cuts. He urged the government to scrap the "grossly unfair" tax completely.',
      'Vince Cable',
    ],
    [
      '"Matt Williams, a fund manager at X said": the name before an unclosed appositive',
      'However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake "is definitely a precursor to a takeover".',
      'Matt Williams',
    ],
    [
      '"X said the question "seems straightforward"": a short quote that supplies the reported verb',
      'Meanwhile, shadow foreign secretary Michael Ancram said the referendum question "seems straightforward".',
      'Michael Ancram',
    ],
    [
      '", but ministers had been "…"" stays inside the reported clause',
      'Vincent Cable said the bill would target some problems, but ministers had been "a bit complacent" about debt.',
      'Vincent Cable',
    ],
    [
      '"X, assistant clerk, says the catalogue opens …" is leading reported speech, not an inverted tail',
      'David Prior, assistant clerk of the archives, says the catalogue opens up new possibilities for research. "Before, you just could not do it," he says.',
      'David Prior',
    ],
    [
      '`X\'s government was a "…" he added` keeps the last speaker, not the person the clause is about',
      'Tony Blair has failed, Michael Howard has said. "Britain is heading in the wrong direction," the Conservative leader said. Mr Blair\'s government was a "bossy, interfering government that takes decisions" he added.',
      'Michael Howard',
    ],
    [
      '"Dr Fox accused Mr Blair of …. "…," he told" is the subject, not the object of the verb',
      'Tony Blair spoke at the launch. "I have the same passion," he said. Dr Liam Fox accused Mr Blair and other ministers of telling lies. "What we learned at the weekend is what their tactics are going to be," he told BBC News.',
      'Liam Fox',
    ],
    [
      'a contraction opening a question is no speaker',
      'But haven\'t we been here before? Won\'t voters still gravitate to the Conservatives? "The problem is that the Conservative party is in a bad place."',
      null,
    ],
    [
      "a participle after the subject's appositive takes the subject, not the person the appositive names",
      'But Sir Bernard Ingham, Margaret Thatcher\'s former press secretary, took a less charitable view, accusing the programme of "corrupting politics".',
      'Bernard Ingham',
    ],
    [
      '"The foreign secretary meanwhile said": an adverb after the role does not hide its holder',
      'Foreign Secretary Jack Straw said the UK was right. Tony Blair agreed. The foreign secretary meanwhile said the "justice" of the rebate remained.',
      'Jack Straw',
    ],
    [
      '"It added" after "The company also unveiled …" is the company',
      'Tesco unveiled plans. The group is to set up a new division with a separate board. The company also unveiled plans to cut the prices of its most popular products.\n\nIt added that it plans to invest £10bn in the next five years to create a "21st Century network".',
      'Tesco',
    ],
    [
      '`"…" in 2005, said X`: the quoted clause runs on before the attribution',
      'Job creation was a main concern. "Overall, compared to the previous year it looks great, it just keeps growing" in 2005, said Kurt Karl, economist at Swiss Re in New York.',
      'Kurt Karl',
    ],
    [
      '`"…" to boost the market, Mr X added`: the run-on ends with a subject and its cue',
      'The increase was due to winter, labour office chief Frank Weise said. Economist Ned Pike disagreed, saying the figures were poor.\n\n"The three years of stagnation came to an end in 2004. But more is needed" to boost the labour market, Mr Weise added.',
      'Frank Weise',
    ],
    [
      '"His sales pitch adds:" is his words',
      'On the online auction, Mr Tom Ashby describes himself as an "average American Joe, give or take". His sales pitch adds: "Take advantage of this radical advertising campaign now."',
      'Tom Ashby',
    ],
    [
      '"Echoing Jo Doe, the prime minister said": the comma ends the opening clause, it opens no appositive',
      'Prime minister Tom Ashby spoke in Leeds on Monday. Echoing US official Cara Finch, the prime minister said the policy had evolved. Later, the prime minister told reporters: "The US has a harder position now."',
      'Tom Ashby',
    ],
    [
      'a quotation in "X introduced Dr Y to the guests as the "…"" is the subject\'s, not the object\'s',
      'Dr Ned Pike was invited by Chancellor Tom Ashby. Mr Ashby introduced Dr Pike to the 400 invited guests as "the world\'s greatest living economist". Dr Pike arrived at noon.',
      'Tom Ashby',
    ],
    [
      '"the party, which he labelled as a "…"": the relative clause\'s own subject names it',
      'Tom Ashby has quit the Freedom Party.\n\nThe MEP said he was ashamed to have joined the party, which he labelled as a "joke". He plans to stand again.',
      'Tom Ashby',
    ],
    [
      'a person who only owns something in the clause ("Tom Ashby\'s firm") does not hide its subject',
      'The plan was published on Monday. Cara Finch attacked the plan to give Tom Ashby\'s firm "a licence to print money for years".',
      'Cara Finch',
    ],
    [
      'a role nobody holds goes to the speaker of the quotation before it, even one of several sentences',
      'Ned Pike backed Tom Ashby for the job. Cara Finch said: "He would be the outstanding candidate as far as I am concerned. "You need somebody who knows what they are doing and he would bring a wealth of experience." The Leeds boss continued: "I do not know what credentials are needed to do the job."',
      'Cara Finch',
    ],
    [
      '"the ex-Wallaby added" is a role: the person speaking before',
      'Tom Ashby said England lacked talent. "They are not a good side at all," said Ashby. And the ex-Wallaby added: "If England lost that, they would be in bloody turmoil."',
      'Tom Ashby',
    ],
    [
      '"the tournament debutant added" is a role: the person speaking before',
      'Cara Finch beat Ann Roe in straight sets. "It was important to start well," said Finch. The tournament debutant added: "I love it here. The atmosphere is great."',
      'Cara Finch',
    ],
    [
      'a quotation that calls someone by their first name is not theirs: "Steven can play anywhere"',
      'Liverpool boss Ned Pike praised Steven Gerrard after the win. "It was a special night for the club," said Pike. Gerrard scored the winner four minutes from time. He added: "Steven can play all over the pitch and he influences every part of the game."',
      'Ned Pike',
    ],
    [
      'a quotation that uses a first name the lexicon does not know is not theirs either ("a quiet word with Olof")',
      '"We need a couple of players next month," said Tom Ashby. Meanwhile, Ashby has rapped skipper Olof Kessberg for his comments.\n\nKessberg spoke of his dislike of the rivals. "I\'ve had more than a quiet word with Olof," he told the club\'s website.',
      'Tom Ashby',
    ],
    [
      '"the MPs who make up the X Committee" speak for the committee',
      'In January the MPs who make up the Commons Public Accounts Committee published a critical report noting the chief executive "has now left".',
      'Commons Public Accounts Committee',
    ],
    [
      'a passive naming verb takes the agent after the quotation ("described as "…" by Downing Street")',
      'Reports that Tom Ashby is planning a snap election have been described as "idle speculation" by Downing Street.',
      'Downing Street',
    ],
    [
      'a passive naming verb keeps a short quotation for its agent ("labelled a "…" by Ned Pike")',
      'Cara Finch attended. The posters were labelled a "big misjudgement" by Tory leader Ned Pike on Monday.',
      'Ned Pike',
    ],
    [
      'a name of no known type that speaks is a body, and "the company" refers back to it',
      'Quorvan has said sales slipped in the autumn. "Demand was weaker than we had hoped," the company said.',
      'Quorvan',
    ],
    [
      'a two-word name of no known type that speaks, then "it", is a body',
      'But Marrow Concern said it would appeal against the ruling. "This ruling is plainly wrong," it added.',
      'Marrow Concern',
    ],
    [
      'a name of no known type that speaks, then "he", is a person',
      'Ollen Varga lost to Varkonyi. Varkonyi said he was calm. "I try to stay calm, he is a tough man," he said.',
      'Varkonyi',
    ],
    [
      'letters after a name mark a person and are no part of the name ("Tom Field MP")',
      'Former minister Tom Field MP criticised the rivalry. "What sort of model does it give?" the Labour MP said.',
      'Tom Field',
    ],
    [
      'letters after a name make a person of a town name ("Ned Mansfield QC")',
      'The chairman of the Bar Council, Ned Mansfield QC, warned of a "real risk" to the young.',
      'Ned Mansfield',
    ],
    [
      'an ordinary word the article uses as a surname is a name when it opens a sentence ("Irons said")',
      'Tom Irons is in Bangkok. Irons said he had wondered about coming. "I questioned whether I should come," the actor said.',
      'Tom Irons',
    ],
    [
      'a month after a first name or an honorific is a surname ("Cara May", "Mrs May")',
      'Cara May, shadow secretary for the family, was in Leeds. Mrs May called the plans "a mess from start to finish".',
      'Cara May',
    ],
    [
      'a verdict introduced by a colon is the subject\'s ("more restrained in his assessment: …")',
      '"He served well," said Ned Pike. Tom Hale was more restrained in his assessment: "I played well but he is good."',
      'Tom Hale',
    ],
    [
      'a nationality with no name of its own is whom the sentence before was about ("said the American")',
      'Tom Hale beat Ned Pike of the US in Dubai. Jo Doe was delighted with victory over Cara Lind in her first match for months. "I felt good," said the American.',
      'Jo Doe',
    ],
    [
      'a knight is called by title and first name ("Sir Digby" is Digby Jones)',
      'CBI chief Digby Lorne said the Budget was fair. Sir Digby added: "Please do not waste it."',
      'Digby Lorne',
    ],
    [
      'the outlet that quoted an unnamed source does not speak ("said one analyst quoted by AFP")',
      'Shares rose. "The position is sensible," said one analyst quoted by Agence France Presse.',
      null,
    ],
    [
      'a role at a body after the name, its closing comma lost, describes the subject ("Jo Doe, manager at Acme Snaps believes")',
      'Prices fell. Cara Lind, marketing manager at Snappy Snaps believes the shops will thrive. "People like prints," she said.',
      'Cara Lind',
    ],
    [
      'a name before a role is whom the role holder speaks for ("Kate Spade spokesman Jo Doe said")',
      'Betting was stopped. "This is highly unlikely to be a guess," Kate Spade spokesman Ned Lorne said.',
      'Ned Lorne',
    ],
    [
      'a first name and "Hill" is a person ("Debra Hill"), and her words are hers',
      'Debra Hill was a pioneer in film. "Back then there were very few women," she said.',
      'Debra Hill',
    ],
    [
      '"he added" after "Now he fears …" naming others is the one that sentence was about',
      [
        'Coach Ned Lorne is worried. "We have one session," he told BBC Sport.',
        'It is an issue he has raised before, most notably in the autumn.',
        'Now he fears it could hurt the club after eight players, including captain Tom Hale, were away. "It is a great chance," he added.',
      ].join(' '),
      'Ned Lorne',
    ],
    [
      'a portfolio of two things is one role ("Work and pensions minister Jo Doe said …, adding")',
      'Work and pensions minister Ned Lorne said it was wrong to suggest a split, adding they would "work together".',
      'Ned Lorne',
    ],
    [
      'where the speaker is from is no clause of its own ("Jo Doe, from the CEA (CEA) told")',
      'The show opens today. "It is about choice," Ned Lorne, from the Consumer Electronics Association (CEA) told the BBC.',
      'Ned Lorne',
    ],
    [
      'a weekday after a first name is a surname, and later on its own ("said Friday")',
      '"We have a young side," said England sevens coach Ned Friday. They fly out on Friday. "We can win it," said Friday.',
      'Ned Friday',
    ],
    [
      'a title word the article uses as a surname is that person ("says King, 30")',
      'Ned Ross and Tom King will host the show. "Listeners will get the advantage of both our tastes," says King, 30.',
      'Tom King',
    ],
    [
      'an organisation\'s first word is its short name ("Cairn" after "Cairn Energy")',
      'Shares in Cairn Energy fell. But Cairn said estimates had been revised in a "significant downgrade".',
      'Cairn Energy',
    ],
    [
      'an adjective is no organisation\'s short name ("Jewish" and the Jewish Chronicle)',
      'Tom Ashby spoke to the Jewish Chronicle. The man "should have apologised" once he knew the reporter was Jewish, said Mr Ashby.',
      'Tom Ashby',
    ],
    [
      '"…, it has been suggested." opening the article is the one the next sentence names as speaking',
      'New casinos will be banned from using tricks to keep them "socially responsible", it has been suggested.\n\nCulture Secretary Cara Finch said the rules would be strict.',
      'Cara Finch',
    ],
    [
      '"the legal assistant" is a role: the person the sentence before was about',
      'Tom Ashby is taking action against NBC over its show. He said watching it made him ill. The legal assistant said NBC was "sending the wrong message to viewers".',
      'Tom Ashby',
    ],
    [
      '"the 27-year-old Austrian" is the person, not the country',
      'Stefan Koubek tested positive. Koubek blames an injection given by an Austrian doctor. "I have acted correctly," the 27-year-old Austrian said.',
      'Stefan Koubek',
    ],
    [
      '"the Scottish Executive" is a body, not a role held by a Scottish politician',
      'Nora Kell has demanded to know who signed off the leave. The Scottish Executive said ministers would be told but it would "not be common practice" to sign approval.',
      'Scottish Executive',
    ],
    [
      '"X\'s mother said" is the relative the text names with the family name, never X',
      'Arlo Penwick denies the charges. Meanwhile Arlo Penwick\'s mother has said she is "100% certain" her son is innocent. His mother Edith Penwick told reporters so.',
      'Edith Penwick',
    ],
    [
      'a person set off by an aside after the name speaks, not the person the aside names',
      'Dr Tom Gaskell, on his first full day in the job after Jane Orley was sacked, admitted "big challenges" lay ahead.',
      'Tom Gaskell',
    ],
    [
      '"the Holland international" is a person described, the one speaking before',
      'Bram Vestel scored twice. "We did well," said Vestel. The Holland international said his side were confident. "We have a good feeling," he added.',
      'Bram Vestel',
    ],
    [
      '"the 25-year-old" in the sentence before is the main person it names, not the subject who eyes him',
      'Rory Dunlea was threatened with the sack but has since impressed. Talks have taken place and Dunlea said: "Hopefully it will be sorted." Rival boss Glen Sorrell is said to be impressed by Dunlea\'s form. But the 25-year-old Dubliner underlined his wish to stay. He added: "It\'s nice to be linked with top clubs."',
      'Rory Dunlea',
    ],
    [
      'the agent of a passive sentence about a described subject is not "he" in the next',
      'Fifteen-year-old Dan Yelland went out in round one. Yelland shot to the top of the junior rankings. But the wildcard entry was dispatched by fellow American Rob Ginsey in straight sets. Despite that he was happy with his debut. "It was fun," he said.',
      'Dan Yelland',
    ],
    [
      '"…," the magazine reported: "reported" attributes a quote on its own, not only in "reported as saying"',
      'Dale Pruitt topped the annual list of Pop Parade magazine. "Pruitt returned to centre stage," the magazine reported.',
      'Pop Parade',
    ],
    [
      '"…", AFP reported after a quotation inside someone\'s claim: the outlet reports, the claimant speaks',
      'Dale Pruitt topped the list of Pop Parade magazine. Mr Pruitt said the damage to the tour will be "significant", Agence France Presse reported.',
      'Dale Pruitt',
    ],
    [
      '"Kenteris\'s lawyer, Gregory Ioannidis, reacted": "he" next is the lawyer named in apposition',
      'Kostas Kenteris was banned. Dick Pond criticised him. Kenteris\'s lawyer, Gregor Ionides, reacted angrily to Pond\'s comments. "Comments like these only help our case," he told reporters.',
      'Gregor Ionides',
    ],
    [
      '"said Mr Skeens of Brownsville": a plain honorific and surname before "of" are the person, not a longer name',
      'Trevor Skane sued the chain. Mr Skane said he bought the CD for his daughter.\n\n"I do not want other families to get this," said Mr Skane of Brownsville.',
      'Trevor Skane',
    ],
    [
      '"said one trader": an indefinite role with no one introduced is someone unnamed, not the person in the news',
      'Shares in Solmere, founded by Rafi Harran, fell 15%. Mr Harran was a major shareholder. "Solmere should be above $10," said one trader.',
      null,
    ],
    [
      '"said central bank governor Park Seung": a family name that is also a place word opens a person\'s name',
      'Card use fell. "The economy is heading upward," said central bank governor Park Seung.',
      'Park Seung',
    ],
    [
      '`"…," a BBC statement read.`: a statement that is read out speaks for the body that issued it',
      'The rapper was criticised after a show on Channel Five. The complaints were upheld by the Viewers Standards Council. "The performer had been asked to tone his act down," a council statement read.',
      'Viewers Standards Council',
    ],
    [
      'a listed line `- Bolton boss Sam Allardyce "…"` labels its quotation without a colon',
      'Dyer reacted first to smash the ball past the keeper.\n\n- Bolton boss Sam Allardale "I am bitterly disappointed with the result."\n- Newcastle boss Graham Sounes "We deserved the win."',
      'Graham Sounes',
    ],
    [
      '"A Labour spokesman denied …. "…," he said": "he" is the unnamed spokesman, not the last person quoted',
      'The campaign was insensitive, Mr Menear added. A Labour spokesman denied the campaign was anti-Semitic. "This poster is making a serious point," he said.',
      null,
    ],
    [
      '"said Jonathan Wolpaw and Dennis McFarlane": two people speaking as one are named by the first (bodies stay unnamed)',
      'The team reported its findings. "People can learn to move a cursor," said Jonah Wolfe and Dennis McFarlow.',
      'Jonah Wolfe',
    ],
    [
      '"US magazine Rolling Stone": a publication named after its kind is "the magazine", not the firm named since',
      'Dale Pruitt beat Nessa Orme in US magazine Flint Ridge\'s annual list. The singer banked $56.5m from concerts. Tinfoil Records said sales of his album rose.\n\n"Pruitt returned to centre stage," the magazine said.',
      'Flint Ridge',
    ],
  ])('%s', (_label, body, speaker) => {
    expect(direct(body).at(-1)?.speaker).toBe(speaker);
  });

  test('a first name the lexicon does not know is someone else of that surname ("Malgorzata" beside Jarek Kujda)', () => {
    const body = [
      'Jarek Kujda founded the band. "We improvise," said Kujda.',
      'Malgorzata Kujda, his younger sister and a band member, describes a concert as noise. "I make hard beats," she said.',
      'But Jarek Kujda says they try to be unique. "We are different," he said.',
    ].join(' ');
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jarek Kujda', 'Malgorzata Kujda', 'Jarek Kujda']);
  });

  test('a name after a preposition does not speak, so it is no body ("The MP for Rendle and Quorby said")', () => {
    const body =
      'Tom Ashby spoke on Monday. The MP for Rendle and Quorby said Prime Minister Ned Pike had been "trying very hard".';
    const analysis = analyze({ body });
    expect(analysis.entities.map((e) => e.name)).not.toContain('Quorby');
    expect(analysis.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Tom Ashby');
  });

  test('a statement in an adverbial does not speak for the body named before', () => {
    const body =
      'The National Association of Probation Officers welcomed the plans. In a statement issued on Wednesday Lord Woolf said: "I have no doubt that the council will do well."';
    expect(direct(body).at(-1)?.speaker).toMatch(/Woolf/);
  });

  test('"said BA director of planning, Robert Boyle": a known body in the role does not outrank the name', () => {
    const vocabulary = createVocabulary([{ name: 'British Airways', type: 'organisation', aliases: ['BA'] }]);
    const body =
      'BA will now suspend the Saudi flights. "The decision to suspend flights is a difficult one to make," said BA director of commercial planning, Robert Boyle.';
    const quotes = analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.at(-1)?.speaker).toBe('Robert Boyle');
  });

  test.each([
    [
      '"In a statement, X said …, but added:" shares the subject after the introductory phrase',
      [
        { name: 'Acme Exchange', type: 'organisation' },
        { name: 'Cash', type: 'topic' },
      ],
      'Ned Pike met the board. In a statement on Thursday, Acme Exchange said any offer would be in cash, but added that: "There can be no assurances that any offer will be made."',
      'Acme Exchange',
    ],
    [
      '"<Party> co-chairman Jo Doe derided it, saying:" is Jo Doe, not the party',
      [{ name: 'Conservatives', type: 'organisation', aliases: ['Tories', 'Conservative'] }],
      'Labour posed for a photo call. Conservative co-chairman Ned Pike derided the event, saying: "The show of unity was the worst acting I have ever seen."',
      'Ned Pike',
    ],
    [
      '"<Party> peer Lord X called for …, saying" is the peer, not the party',
      [{ name: 'Liberal Democrats', type: 'organisation', aliases: ['Liberal Democrat', 'Lib Dems'] }],
      'Liberal Democrat peer Lord Pike called last week for observers at the election - saying otherwise there could be challenges "on a scale not seen since the 19th Century".',
      'Pike',
    ],
  ] as const)('%s (with a vocabulary)', (_label, tags, body, speaker) => {
    const vocabulary = createVocabulary(
      tags.map((t) => ({ ...t, aliases: 'aliases' in t ? [...t.aliases] : [] })),
    );
    const quotes = analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.at(-1)?.speaker).toContain(speaker);
  });

  test('"X\'s statement said: "…" It added:" goes on with the statement\'s owner', () => {
    const vocabulary = createVocabulary([
      { name: 'Conservatives', type: 'organisation', aliases: ['Conservative Party'] },
    ]);
    const body =
      'Mr Howard appointed Ned Pike as his campaign chief. Mr Pike\'s statement said: "The Conservative Party has been making an impact on tax." It added: "Labour will want to distract attention from the issues."';
    const quotes = analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ned Pike', 'Ned Pike']);
  });

  test.each([
    [
      'after a short opening phrase',
      "The previous day, the Olympic champion went down 6-2 7-5 to France's Ann Roe.",
    ],
    ['as a demonym', 'The Belgian went down 6-2 7-5 to Ann Roe on Saturday.'],
  ])('"she said" goes to the role subject %s, not the opponent named after it', (_label, sentence) => {
    const body = [
      'Belgian Cara Finch lost to Eva Lind on Sunday. Finch has been ill all winter.',
      `${sentence}`,
      '"I have to be positive, I still have a few weeks," she said.',
    ].join('\n\n');
    expect(direct(body).at(-1)?.speaker).toBe('Cara Finch');
  });

  test('a role alias in the newsroom\'s tag names its holder: "the prime minister conceded"', () => {
    const body = [
      'Ned Pike will change course, Tom Ashby has said.',
      'Echoing US official Cara Finch, the prime minister said policy had evolved.',
      'The prime minister conceded that the US had "what appears to be a harder position" on the issue.',
    ].join('\n\n');
    const speaker = (vocabulary?: ReturnType<typeof createVocabulary>) =>
      analyze({ body }, vocabulary ? { vocabulary } : {}).quotes.find((q) => q.kind === 'direct')?.speaker;
    expect(speaker()).not.toBe('Tom Ashby');
    const vocabulary = createVocabulary([
      { name: 'Tom Ashby', type: 'person', aliases: ['Mr Ashby', 'prime minister', 'PM'] },
    ]);
    expect(speaker(vocabulary)).toBe('Tom Ashby');
  });

  test.each([
    ['magazine', 'The magazine was unrepentant about the decision, saying:'],
    ['bourse', 'Ahead of talks on Friday, the bourse said:'],
    ['watchdog', 'The watchdog said:'],
  ])('"the %s" speaks for the body named before', (_noun, lead) => {
    const vocabulary = createVocabulary([
      { name: 'Weekly Sentinel', type: 'organisation', aliases: ['Sentinel'] },
    ]);
    const body = `The Weekly Sentinel made its move on Monday. ${lead} "There can be no assurances at this stage that anything will change."`;
    const quotes = analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.at(-1)?.speaker).toBe('Weekly Sentinel');
  });

  test('"X reminded MPs that Y described Z as a "…"": Y named it, and X goes on speaking', () => {
    const body = [
      'In the Commons, Tory spokesman Tom Ashby suggested the posters were part of a trend and reminded MPs that Labour chairman Ned Pike last year described Oliver Letwin as a "21st Century Fagin".',
      '"Given the outrage that smear caused then, how could you have thought anything else would follow?"',
    ].join('\n\n');
    expect(direct(body).map((q) => q.speaker)).toEqual(['Ned Pike', 'Tom Ashby']);
  });

  test('"X branded Y "…" for claiming …": the claim is Y\'s, and X goes on speaking', () => {
    const body =
      'Lib Dem president Ned Pike branded Mr Ashby "arrogant and wrong" for claiming the Tories were the "natural party" for ethnic minorities. "Given their reduced support in the cities, the claim is frankly absurd."';
    const quotes = direct(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ned Pike', 'Ashby', 'Ned Pike']);
  });

  test('", says Jo Doe, the news editor of X." is a tail cue with an appositive', () => {
    const body =
      'The film may have been hurt by its distributors, says Tim Dams, the news editor of trade magazine Screen International.';
    const rep = analyze({ body }).quotes.filter((q) => q.kind !== 'direct');
    expect(rep[0]).toMatchObject({ speaker: 'Tim Dams', cue: 'says' });
  });

  test('a headline names no new speaker: "Election \'could be terror target\'"', () => {
    const r = analyze({
      title: "Election 'could be terror target'",
      body: 'Police chief Sir Ian Blair said the election could be a target. "We have to be vigilant," Sir Ian said.',
    });
    expect(r.entities.map((e) => e.name)).not.toContain('Election');
    expect(r.quotes.find((q) => q.field === 'title')?.speaker ?? null).toBeNull();
  });

  test.each([
    [
      'a role given to someone only later in the text does not make them its holder now',
      [
        'Tom Ashby has joined fellow comedy stars Cara Finch and Ned Pike in attacking British television.',
        'Speaking to a magazine, the Two Ronnies star said there was too much bad language. "You get fed up watching shows with not much care and love," he complained.',
        'And last week Only Fools and Horses star Ned Pike criticised British TV for being "too safe and too cheap".',
      ],
      'Tom Ashby',
    ],
    [
      'a bare demonym is not the most-mentioned person its introductory clause reacts to',
      [
        'World number one Cara Finch has criticised Wimbledon over prize money. Finch wants equal pay.',
        'Reacting to a comment by club chairman Ned Pike, the American said: "I think it is highly insulting. "Somebody, I think it was Mr Pike, said they have no money for flowers."',
        'Mr Pike has since apologised.',
      ],
      'Cara Finch',
    ],
  ])('%s (over paragraphs)', (_label, paragraphs, speaker) => {
    expect(direct(paragraphs.join('\n\n'))[0]?.speaker).toBe(speaker);
  });

  test.each([
    ['club', 'An All England club spokesperson said: "He never said anything of the kind, ever."', 'England'],
    ['ministry', 'A French foreign ministry spokesman said: "We have no comment on that at all."', 'France'],
  ])('a spokesperson for a %s is not the place in its name', (_label, body, place) => {
    expect(direct(body).at(-1)?.speaker).not.toBe(place);
  });

  test("a name in apposition before a role is the subject of a tail cue, not the role's party", () => {
    const body =
      "Ria Holt spoke on Monday. Her enthusiasm remains undimmed, Tom Ashby, Labour's election strategist told Radio 4.";
    const rep = analyze({ body }).quotes.filter((q) => q.kind !== 'direct');
    expect(rep).toHaveLength(1);
    expect(rep[0]).toMatchObject({ speaker: 'Tom Ashby', cue: 'told Radio 4' });
    expect(body.slice(rep[0]!.start, rep[0]!.end)).toBe('Her enthusiasm remains undimmed');
  });

  test('a clause ending in a partial quotation before ", X have warned" is reported', () => {
    const body = 'The deal must not be "swept aside", the unions have warned.';
    const rep = analyze({ body }).quotes.filter((q) => q.kind !== 'direct');
    expect(rep.some((q) => body.slice(q.start, q.end).startsWith('The deal must not be "swept aside'))).toBe(
      true,
    );
  });
});

describe('quote-rich stories (fresh samples 74-77)', () => {
  const speakers = (body: string) => analyze({ body }).quotes.map((q) => q.speaker);

  test('a body named by an ordinary word speaks when the body capitalises it mid-sentence', () => {
    const body =
      'Profits at the High Street chain fell. Sales were up 12%, Next said. "We expected more," the company said.';
    expect(speakers(body)).toEqual(['Next', 'Next']);
  });

  test('"Next" opening a sentence without speaking evidence stays an ordinary word', () => {
    expect(analyze({ body: 'Next, the minister said the talks would go on.' }).entities).toEqual([]);
  });

  test('a calendar word after a first name is the surname it is later used alone as', () => {
    const body =
      'Guitarist Brian May will tour next year. May said: "The band is rising again." ' +
      '"We were amazed at the chemistry," May wrote. The tour opens in May.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Brian May', 'Brian May']);
  });

  test('"the Spaniard … the 21-year-old" is whom the sentence before was about, not the person it names', () => {
    const body =
      'Jose Reyes has added to talk of a move to Madrid. The Spaniard believed he was talking to director ' +
      'Emilio Bravo when he criticised his team-mates. "I wish I was playing for Madrid," the 21-year-old ' +
      'told a radio station.';
    expect(direct(body)[0]?.speaker).toBe('Jose Reyes');
  });

  test('a list of works after the role is no appositive name', () => {
    const body =
      'Director Oliver Stone spoke in Sweden. "I am honoured here," said the director behind JFK, Platoon ' +
      'and Born on the Fourth of July.';
    expect(direct(body)[0]?.speaker).toBe('Oliver Stone');
  });

  test('a name describing a thing ("an Alan Shearer strike") is not what "he" refers to', () => {
    const body =
      'Boss Graeme Souness was pleased with the win. An own goal followed by an Alan Shearer strike earned ' +
      'them a 2-1 win. "It gave us a great advantage," he said.';
    expect(direct(body)[0]?.speaker).toBe('Graeme Souness');
  });
});

describe('quote-rich stories (fresh samples 74-77), cues', () => {
  test('"He went on to say:" is the subject of the verb the infinitive follows', () => {
    const body =
      'Shadow home secretary David Davis spoke on the radio. He said the order would backfire. He went on ' +
      'to say: "We will vote against the bill."';
    expect(direct(body)[0]?.speaker).toBe('David Davis');
  });

  test('a name and titles alone before a colon label the words as theirs, with no cue word', () => {
    const body =
      'The show moves next year. Channel Two controller John Keating: "It is an exciting new era for the show."';
    const q = direct(body)[0];
    expect([q?.speaker, q?.cue]).toEqual(['John Keating', null]);
  });

  test('a clause with a verb before the colon is no label', () => {
    const body = 'John Keating spoke. The board then issued a statement: "It is an exciting new era."';
    expect(direct(body)[0]?.speaker).not.toBe('John Keating');
  });
});

describe('a body speaks through its report', () => {
  test('"the report warned" after a body spoke is that body', () => {
    const body =
      'Growth will slow, the OECD said. "Investment should recover," it added. However, the report warned: ' +
      '"It remains to be seen whether Europe will play a role."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['OECD', 'OECD']);
  });

  test('"the document said" is not the body that spoke last (a document may be anyone\'s)', () => {
    const body =
      'The party said its members knew nothing of his views. The document reportedly said: "We want the empire back."';
    expect(direct(body)[0]?.speaker).toBeNull();
  });
});

describe('names and roles joined by "and"', () => {
  test.each([
    'Tony Blair stressed the pledge. The Conservatives and Lib Dems both say his pledges are "worthless".',
    'Labour and the Tories claim "the sums do not add up".',
  ])('two bodies speaking together are no one speaker: %s', (body) => {
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
  });

  test('"said Richard and Judy executive producer Amanda Ross" is the producer, not a host', () => {
    const body =
      'Richard Madeley spoke first. "It was very hard to follow last year," said Richard and Judy executive ' +
      'producer Amanda Ross.';
    expect(direct(body)[0]?.speaker).toBe('Amanda Ross');
  });

  test('"the Labour peer and former minister said" is a person, not the party', () => {
    const body =
      'During the debate, Lord Dubs spoke. "We cannot say that," he told peers. Later the Labour peer and ' +
      'former minister said: "The monarchy should change."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Lord Dubs', 'Lord Dubs']);
  });
});

describe('quotations joined by "and"', () => {
  test('`described as "irresponsible" and "outrageous" by X`: both words are X\'s', () => {
    const body =
      'Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights ' +
      'Commission.';
    expect(direct(body).map((q) => [q.text, q.speaker])).toEqual([
      ['irresponsible', 'Islamic Human Rights Commission'],
      ['outrageous', 'Islamic Human Rights Commission'],
    ]);
  });

  test('a scare-quoted word after a dropped one stays dropped', () => {
    expect(direct('The so-called "war" and "peace" years were long.')).toEqual([]);
  });
});

test('a word the article shows speaking as a name stays one at the start of a sentence ("Next has said")', () => {
  const body =
    'Next has said its profit will be lower. "Clearance rates have been below our expectations," the company ' +
    'said. Sales were up 12%, Next said.';
  expect(analyze({ body }).quotes.map((q) => q.speaker)).toEqual(['Next', 'Next', 'Next']);
});

test('a role no one was given is whom the sentence before was about, not a person named earlier who speaks next', () => {
  const body =
    'Tory co-chairman Liam Fox said the plans were wrong. Mr Blair was asked if the plans would cut ' +
    'migration. The prime minister told MPs: "The numbers will probably fall." On Monday, Liam Fox told ' +
    'reporters: "He has broken his word."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Blair', 'Liam Fox']);
});

test('"Will" opening a question is no first name', () => {
  const names = analyze({
    title: 'Will Tory tax cuts work?',
    body: 'Will Labour win? The Tory plan is new.',
  }).entities.map((e) => e.name);
  expect(names).not.toContain('Will Tory');
  expect(names).not.toContain('Will Labour');
});

test('a possessive name describes the person after it, who is the antecedent ("Wenger\'s counterpart Felix Magath")', () => {
  const body =
    'Arne Weller was unhappy. "We lost," said Weller. But Weller\'s Bayern counterpart Felix Mahler was in no ' +
    'mood to celebrate either. He said: "I am far from happy despite the win."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Arne Weller', 'Felix Mahler']);
});

test('a bare role subject names its holder for the pronoun after it ("The manager initially defended …")', () => {
  const body =
    'Everton manager Dave Moyer will discipline striker Jim Beatty after all.\n\nThe manager initially ' +
    'defended Beatty, saying the defender overreacted. But he has had a rethink. He said: "I should set ' +
    'the record straight."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Dave Moyer']);
});

test('a role subject whose name follows after a comma outranks the last speaker it accuses', () => {
  const body =
    'Charles Clerk said deportations would help. "There are other strands," he said. But the Liberal ' +
    "Democrats' shadow home secretary, Mark Oates, accused Mr Clerk of avoiding the main issue.\n\n" +
    '"The critical issue is the principle," he told BBC News.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Charles Clerk', 'Mark Oates']);
});

test('"the report" speaks for the body that published it, named earlier as "a World Bank report"', () => {
  const body =
    'The divide is narrowing fast, according to a Norex Bank report.\n\nPrices have fallen. "People are ' +
    'getting more access," said the report. A spokesman for the UN said the gap was real. "Developing ' +
    'countries are catching up," the report said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Norex Bank', 'Norex Bank']);
});

test('"the Economist Intelligence Unit\'s Mr Hensel" is a body and its analyst, who speaks', () => {
  const body =
    'Stuart Hensley is an analyst. A resale could triple the price, according to the Economist Intelligence ' +
    'Unit\'s Mr Hensley. But he warned of delays. "That way, they can say they won," he told the BBC.';
  const analysis = analyze({ body });
  expect(analysis.entities.find((e) => e.name === 'Economist Intelligence Unit')?.type).toBe('organisation');
  expect(analysis.quotes.map((q) => [q.kind, q.speaker])).toEqual([
    ['indirect', 'Stuart Hensley'],
    ['direct', 'Stuart Hensley'],
  ]);
});

test('a passive agent is the person named further on in its clause ("by his friend and fellow entertainer X")', () => {
  const body =
    'Cyril Fletch died. Fletch was described as a "consummate professional" by his friend and fellow ' +
    'entertainer Michael Point.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Michael Point']);
});

test('a partial quote after its cue takes the clause subject past a long relative clause, not the nearest name', () => {
  const body =
    'Boris Jonson is an MP. Mr Jonson, who was forced to apologise last year for an article in the magazine ' +
    'he edits about Liverpudlians grieving over the death of British hostage Ken Bigwood, said Mr Blair ' +
    '"should butt out of" the row. "I do not see why the prime minister has to get involved," The Spectator ' +
    'editor told BBC Radio 4.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Boris Jonson', 'Boris Jonson']);
});

test('"the Ealing North MP" is a role whose seat comes before the letters, held by the MP named before', () => {
  const body = 'Labour MP Stephen Pond spoke. "It was a happy ending," said the Ealing North MP.';
  const analysis = analyze({ body });
  expect(analysis.entities.map((e) => e.name)).not.toContain('Ealing North');
  expect(direct(body).map((q) => q.speaker)).toEqual(['Stephen Pond']);
});

test('a body\'s name before a first name and post-nominal letters is split off ("… Committee Peter Ainsworth MP")', () => {
  const body =
    'Chairman of the Environmental Audit Committee Peter Ainsley MP, said: "The policy is alarming."';
  const analysis = analyze({ body });
  expect(analysis.entities.map((e) => [e.name, e.type])).toEqual(
    expect.arrayContaining([
      ['Environmental Audit Committee', 'organisation'],
      ['Peter Ainsley', 'person'],
    ]),
  );
  expect(direct(body).map((q) => q.speaker)).toEqual(['Peter Ainsley']);
});

test('an unknown name that "a …" describes and that then speaks is a person ("X, a part-time cleaner, said:")', () => {
  const body =
    'Many users had old handsets. Georgeta Mincu, a Romanian part-time cleaner, said: "A phone is not possible ' +
    'on my wages." "This is the only way I can afford a phone," she said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Georgeta Mincu', 'Georgeta Mincu']);
});

test('a body named after a person is that body when named short, and "B&B" is Bradford & Bingley', () => {
  const body =
    'The market is robust, according to lender Bradfield & Bingham and housebuilder George Wimbley.\n\n' +
    'Wimbley reported a rise in profits. Later, B&B said that "housing fundamentals remain strong". Wimbley ' +
    'said the market had proved "challenging" last year.';
  const analysis = analyze({ body });
  expect(analysis.entities.find((e) => e.name === 'George Wimbley')?.type).toBe('organisation');
  expect(analysis.entities.map((e) => e.name)).not.toContain('Wimbley');
  expect(direct(body).map((q) => q.speaker)).toEqual(['Bradfield & Bingham', 'George Wimbley']);
});

test('a surname set off by a speaking participle speaks ("Parry, speaking exclusively to BBC Sport, …")', () => {
  const body =
    'Listen to the interview.\n\nBut Perry, speaking exclusively to BBC Sport, also admits Gerrard will ' +
    'have the final say. He told BBC Five Live: "Steven is above money."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Perry']);
});

test('people in an opening participle phrase are not the pronoun after it ("But standing next to Mr Blair he added")', () => {
  const body =
    'Speaking in London, Gen Musharaf said the group was "on the run".\n\nBut standing next to Mr Blair he ' +
    'added that it was crucial to tackle the "core of what creates terrorists". "That is the resolution."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Musharaf', 'Musharaf', 'Musharaf']);
});

test('an opening participle phrase ends at its name\'s verb ("Speaking in Leeds Tony Blair praised … and he called")', () => {
  const body =
    'Michael Howell spoke first. Speaking in Leeds Tony Blare praised the plan and he called it "a triumph".';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Tony Blare']);
});

test('"An IAAF statement said" is the IAAF, not the body named most so far', () => {
  const body =
    'The IAAF referred the case to the Court of Arbitration for Sport and the court agreed. The court has ' +
    'suspended both athletes. An IAAF statement said: "The board concluded that the decision is erroneous."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['IAAF']);
});

test('a surname with particles is one person "of" a body ("Nick Van den Brul of BNP Paribas")', () => {
  const body =
    'Analyst Nick Van den Bruel of BNP Paribas said the results were "pretty modest". "It is quite good on ' +
    'the revenue side," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Nick Van den Bruel', 'Nick Van den Bruel']);
});

test('a pronoun goes back to the pronoun that opens its sentence, past the people named since', () => {
  const body =
    'Adam Curran is a former MTV presenter. He has even been called the Ed Sullivan or Johnny Carson of ' +
    'podcasting which, he says, "is a badge I will wear with great honour."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Adam Curran']);
});

test('"his report said" is the report\'s author', () => {
  const body =
    'Former Dutch premier Wim Kork presented his conclusions. Lisbon risks becoming a "synonym for missed ' +
    'objectives and failed promises", his report said. "The status quo is not an option."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Wim Kork', 'Wim Kork']);
});

describe('a person described by nationality or home town', () => {
  test('"the Dutchman" outside the subject is whom the article is about, and the next "he" is him', () => {
    const body = [
      'AC Milan defender Jaap Stam says United made a mistake. "United made a mistake in selling me," Stam said.',
      'Sir Alex Ferguson sold Stam to Lazio in 2001. But Ferguson insisted the fee was too good. The affair still ' +
        'rankles with the Dutchman.',
      '"I was settled at Manchester United," he said.',
    ].join('\n\n');
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jaap Stam', 'Jaap Stam']);
  });

  test('"And the Belgian, who …" opening a sentence is whom the sentence before was about', () => {
    const body =
      'Justine Henin-Hardenne lost to Elena Dementieva in Charleroi on Sunday. And the Belgian, who has been ill, ' +
      'faces a tough defence. "I will be heading to Australia with question marks over me," she said.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Justine Henin-Hardenne']);
  });

  test('"says the Waterford man" is the person the story is about', () => {
    const body =
      'Walker Jamie Costin was badly hurt in a car crash before the Games. Costin spent weeks in hospital. ' +
      '"I was in a lot of pain," says the Waterford man.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jamie Costin']);
  });

  test('"said the Dutchman" with no person named is nobody, not the Netherlands', () => {
    const body = 'Milan won 2-0 in the rain. "I was settled at Manchester United," said the Dutchman.';
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a role with a two-word portfolio ("the work and pensions minister")', () => {
  test('before the cue, the lead sentence role is the person the next sentence names as speaking', () => {
    const body =
      'The myth needs to be "exploded", the work and pensions minister has said.\n\nAlan Johnson said the ' +
      'government was considering scrapping the retirement age.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Alan Johnson']);
  });

  test('after the cue, the role is the person introduced before', () => {
    const body = 'Patricia Hewitt spoke on Monday. "We will act," said the trade and industry secretary.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Patricia Hewitt']);
  });
});

describe('people who share a surname', () => {
  test('a lone surname is the one named in full before it, not a namesake listed later', () => {
    const body =
      'Euan Murray has been named in the squad after a ban. "I\'m just happy to be back," said Murray on ' +
      'Monday.\n\nForwards: Ross Beattie (Saints), Euan Murray (Glasgow), Scott Murray (Edinburgh).';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Euan Murray']);
  });

  test('"his wife Sharon" does not make a later "Osbourne said" her', () => {
    const body = [
      'Rock star Ozzy Osbourne has been praised by police for tackling a burglar. "I acted on impulse," Osbourne ' +
        'said. His wife Sharon, who called the police, said her rings were taken.',
      '"I could have been badly injured," Osbourne said.',
      'At a press conference, Sharon Osbourne gave details of nine stolen items.',
    ].join('\n\n');
    expect(direct(body).map((q) => q.speaker)).toEqual(['Ozzy Osbourne', 'Ozzy Osbourne']);
  });
});

test('a tag "Kristin King" is not the "Ms King" of an article about Oona King', () => {
  const vocabulary = createVocabulary([{ name: 'Kristin King', type: 'person', aliases: ['Ms King'] }]);
  const body =
    'Labour MP Oona King is to face George Galloway. Ms King said she was "delighted" at the chance.';
  const quotes = analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct');
  expect(quotes.map((q) => q.speaker)).toEqual(['Oona King']);
});

test('"The MPs said" after a committee of MPs is named is the committee', () => {
  const body =
    'Anglers could be prosecuted under the plans, the environment select committee said. The MPs said they were ' +
    '"concerned" the government had not consulted. "We accept that fishing should be exempt," the committee added.';
  expect(direct(body).map((q) => q.speaker)).toEqual([
    'Environment Select Committee',
    'Environment Select Committee',
  ]);
  expect(direct('MPs said they were "concerned" about the bill.').map((q) => q.speaker)).toEqual([null]);
});

test('"they" after a committee\'s MPs spoke is the committee', () => {
  const body =
    'The Constitutional Affairs Select Committee reported on Monday. "Courts are a last resort," the MPs said. ' +
    'Delays allowed "a new status quo to become established", they said.';
  expect(direct(body).map((q) => q.speaker)).toEqual([
    'Constitutional Affairs Select Committee',
    'Constitutional Affairs Select Committee',
  ]);
});

describe('a pronoun reporting the clause around it is no one named in that clause', () => {
  test('"Tony Blair would be in the front line, he said" is not Mr Blair', () => {
    const body =
      'Alan Milburn spoke on Monday. It was right. So the campaign went on. And Tony Blair would be in the ' +
      'front line of that campaign, he said. "The prime minister will travel," he promised.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Alan Milburn']);
    expect(analyze({ body: 'Mr Blair was hurt, he said.' }).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  test('"The problem with Mel Gibson\'s film, he believed, was …" goes on with whom "he" was', () => {
    const body = [
      '"They tend to go for safe films," said Tim Dams, the news editor of a trade magazine.',
      "The problem with Mel Gibson's film, he believed, was its dialogue in Aramaic.",
      '"Hollywood does not like foreign-language films," he said.',
    ].join('\n\n');
    expect(direct(body).map((q) => q.speaker)).toEqual(['Tim Dams', 'Tim Dams']);
  });

  test('"When Mr Blair arrived, he said …": a clause before the pronoun may name it', () => {
    expect(direct('When Mr Blair arrived, he said the plan was "good".').map((q) => q.speaker)).toEqual([
      'Blair',
    ]);
  });
});

describe('a participle after a comma shares its clause subject', () => {
  test.each([
    'Michael Howard ended his response with a challenge to Labour, saying "bring it on".',
    'Michael Howard spoke. He ended his long and detailed response to the Budget with an election challenge to ' +
      'the Labour Party and its leaders, saying "bring it on".',
  ])('%s', (body) => {
    expect(direct(body).map((q) => q.speaker)).toEqual(['Michael Howard']);
  });
});

test('first names the lexicon knows only as words ("Piers Freelove") are names', () => {
  const body =
    'Piers Freelove is senior benefit officer on the picket line, in Cardiff. He said: "Most people have ' +
    'decided not to come in."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Piers Freelove']);
});

test('"X echoed those sentiments:" gives the quotation to X', () => {
  const body =
    '"The challenge is to be bigger," Bono recently said. Drummer Larry Mullen Jr echoed those sentiments: ' +
    '"We are very competitive."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Bono', 'Larry Mullen Jr']);
});

describe('unnamed speakers stay unnamed', () => {
  test('"described by one civil service union as" is not the subject announcing the plans', () => {
    const body =
      'Gordon Brown announced plans to merge agencies - described by one union as a "bonfire of the quangos".';
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
  });

  test('"Policy makers in Europe" are a group, not a person called Policy', () => {
    const r = analyze({ body: 'The dollar fell. Policy makers in Europe have called the slide "brutal".' });
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

test('"Broadcast magazine said" names the magazine, and "according to the magazine" is it', () => {
  const body =
    'Broadcast magazine said: "British TV never realised how low it could go." Baywatch topped the list for ' +
    'having "predictable scripts", according to the magazine. A London newspaper said it was "awful".';
  const r = analyze({ body });
  expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
    'Broadcast',
    'Broadcast',
    'London',
  ]);
  expect(r.entities.map((e) => `${e.type}:${e.name}`)).toContain('organisation:Broadcast');
});

test('a person whose clause a colon ends speaks, not the body quoted just before', () => {
  const body =
    'TV Guide magazine described the series as "a cross between two shows". Osbourne himself was at a loss ' +
    'to explain its popularity: "I suppose Americans get a kick out of it."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['TV Guide', 'Osbourne']);
});

test("an answer to the writer's question is the interviewee's, not the person the question cites", () => {
  const body =
    '"I was on a cruise," Mr Morris said.\n\nSo is the job to destroy the Tories, as former member Robert ' +
    'Kilroy-Silk once notoriously declared? "No. The aim is to withdraw from the EU."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Morris', 'Morris']);
});

test('"said Mr X\'s lawyer" leaves the words unnamed: the lawyer speaks, not Mr X', () => {
  const body = 'Arlo Penwick denies the charges. "It is a fiasco," said Mr Penwick\'s lawyer.';
  expect(direct(body).map((q) => q.speaker)).toEqual([null]);
});

test('"Amnesty International" opening a sentence is the body', () => {
  const r = analyze({ body: 'Amnesty International said the camp was a "major human-rights scandal".' });
  expect(r.entities.map((e) => `${e.type}:${e.name}`)).toContain('organisation:Amnesty International');
  expect(r.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Amnesty International');
});

test('"However, one dealer, …, told" is someone unnamed, and so is the "he" who goes on', () => {
  const body =
    '"It is a result," said Nick Bubble. However, one dealer, who asked not to be named, told Reuters the ' +
    'performance was "not what people had hoped for". "Christmas has been tough for the sector," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Nick Bubble', null, null]);
});

test('"Jo Doe was called "…" by the sentencing judge": an unnamed agent, never the subject', () => {
  const body =
    'Jo Bucket was found guilty. Bucket, who made £26,000 a month from the trade, was called "one of the ' +
    'biggest pirates in the UK" by the sentencing judge.';
  expect(direct(body).map((q) => q.speaker)).toEqual([null]);
});

test('"confided" and "underlined" attribute like "said"', () => {
  const body =
    '"It is fine," observed Mr Mackle. "That was a total disaster," a crestfallen Mr Lum confided in the host. ' +
    '"This is a pilot project," underlined Mr Salda.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Mackle', 'Lum', 'Salda']);
});

test('"According to Mr X the prime minister said:" is the prime minister, not the source', () => {
  const body =
    'Tony Blair felt he had lost the trust of voters. According to Mr Pesto the prime minister said: "Help me ' +
    'to get through the year."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Tony Blair']);
});

test('"The select committee found …" is the committee named before, not a nearer department', () => {
  const body =
    'The Commons education select committee said the e-University had failed. The Department for Education ' +
    'and Skills said take-up had been low, and the Department for Education and Skills said it was sorry.\n\n' +
    'The select committee found those responsible had been caught up in the "general atmosphere of ' +
    'enthusiasm" around the internet.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Commons Education Select Committee']);
});

test('`"…," warns Baroness Greenfield`: an inverted verb\'s person is the speaker, and the cue is the verb', () => {
  const body =
    'We need some serious thinking, says Baroness Susan Greenwood. Mr Pearce spoke next. How will our brains ' +
    'change? "We cannot assume that the human brain will not change," warns Baroness Greenwood.';
  const [q] = direct(body);
  expect([q?.speaker, q?.cue]).toEqual(['Susan Greenwood', 'warns']);
});

test('`"…," he was due to say`: the pronoun before the auxiliaries is the speaker', () => {
  const body =
    'Michael Hoard will speak in Kent. Mr Hoard said Britain should take its share.\n\n"The anniversary ' +
    'is a reminder," he was due to say.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Michael Hoard']);
});

test('`"…," his son said`: the son named before with the family name', () => {
  const body =
    'Thorne Nogal recorded the band. "We could use the money," Mr Nogal\'s son Stephen, 57, said. Mr Nogal, ' +
    'who died in 1994, always made two tapes. "He called them his spare tapes," his son said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Stephen Nogal', 'Stephen Nogal']);
});

test('"X has failed, he claimed, saying …": the participle shares the reporting clause\'s subject', () => {
  const body =
    'Michael Hower spoke in Kent. He set out the choices he says face Britain.\n\nMr Blare has failed to ' +
    'tackle these problems, he claimed, saying he has the "wrong solution" to them. "The result is higher ' +
    'taxes," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Michael Hower', 'Michael Hower']);
});

test('`"…," Adam Hume, the BBC\'s futurologist told`: the name before the appositive, not its body', () => {
  const body =
    'The BBC is studying the technology. "What happens here today, we will see in the UK," Adam Hulme, the ' +
    "BBC Broadcast's futurologist told the BBC News website.";
  expect(direct(body).map((q) => q.speaker)).toEqual(['Adam Hulme']);
});

test('"The world number one was forced to go the distance against X. "…," he said": the player described', () => {
  const body =
    'Roger Fedder beat Juan Ferrera in three sets. Fedder was not unduly worried. The world number one was ' +
    'forced to go the distance against Ivan Lubic in the final. "I definitely had a slow start again," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Roger Fedder']);
});

test('"The musical\'s British director is Matthew Warchus. "…," he said": the director named', () => {
  const body =
    '"There will be no singing Hobbits," said Mr Wallis. The musical\'s British director is Matthew Warcher, ' +
    'best known for the hit Art. "The production will be a hybrid of text and music," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Wallis', 'Matthew Warcher']);
});

test('a described subject past its relative clause: "The seventh seed, who …, is looking forward to it"', () => {
  const body =
    'Tim Henley came from two sets down to beat Cyril Saunier last year. The seventh seed, who is lined up ' +
    'to meet Andy Rodd in the last eight, is looking forward to the match. "He is a tough player," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Tim Henley']);
});

test('a person named only inside the quotation before is not whom "the businessman" describes', () => {
  const body =
    'Gordon Browne spoke on Monday. Gordon Browne was cheered. Duncan Banner said: "Disunity has a corrosive ' +
    'effect. "Gordon Browne is a great chancellor." The businessman, whose latest venture is a casino, also ' +
    'voiced concern about Iraq. And he branded the response "piecemeal and poor".';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Duncan Banner', 'Duncan Banner']);
});

test('"Michelle, a mother of twins, said", "Sarah, 34, told": someone called by first name alone speaks', () => {
  const body =
    'Michelle, a mother of twins, said she had faced an "on-going battle" with the agency. "I do not receive ' +
    'letters," she said. Sarah, 34, told the BBC: "It was awful."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Michelle', 'Michelle', 'Sarah']);
});

test('"When he refused to support Harold Wilson …, he said:": the subordinate clause\'s subject goes on', () => {
  const body =
    'James Callahan resisted devaluation for three years. When he refused to support prime minister Harold ' +
    'Wilkins and Dame Barbara Castle over the manifesto, in 1968, he said: "I am not going to resign."';
  expect(direct(body).map((q) => q.speaker)).toEqual(['James Callahan']);
});

test('"said that, if in government, he would …" is reported speech, and its speaker says the next words', () => {
  const body =
    '"I am honoured," Mr Boating said. Shadow foreign secretary Michael Ancrum said that, if in government, ' +
    'he would refuse to approve Mr Boating\'s appointment. "It is the latest example," he said.';
  const r = analyze({ body });
  expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
    ['direct', 'Boating'],
    ['indirect', 'Michael Ancrum'],
    ['direct', 'Michael Ancrum'],
  ]);
});

test("a quotation inside someone's claim is the claimant's words, and the rebutter goes on speaking", () => {
  const body =
    'Charles Kenley said the election would be unpredictable. But he brushed off Labour suggestions a vote ' +
    'for his party would mean letting the Tories in "by the back door". "If you look at the by-elections, we ' +
    'won," he said. Mr Lum was thrown by Mr Mackle\'s suggestion that young drunks should be "given a good ' +
    'beating" instead.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Labour', 'Charles Kenley', 'Mackle']);
});

test('"derided Tory claims they could cut £35bn in "…"": the claim\'s owner, not the one deriding it', () => {
  const body =
    'Tony Blare has said voters will have to wait. Mr Blare derided Tory claims they could cut £35bn in ' +
    '"wasteful spending" saying the party had got its sums wrong.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Conservatives']);
});

test('a passive accusation or naming keeps its target from speaking', () => {
  const body =
    'Richard Scrushy, 52, is accused of "directing" a $2.7bn fraud. Tessa Jowel has limited casinos, in a ' +
    'move branded a "humiliating retreat" by the Tories.';
  expect(direct(body).map((q) => q.speaker)).toEqual([null, 'Conservatives']);
});

test('"denied being "leant on" by Downing Street": the agent inside the quoted words does not speak', () => {
  const body = 'Lord Goldsmid has again denied being "leant on" by Downing Street to make the case.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Lord Goldsmid']);
});

test('"It is called "podcasting"": a name given to a thing is no quotation', () => {
  const body =
    'Audio shows made by listeners are spreading. It is called "podcasting" and its champion is Adam Curry.';
  expect(direct(body)).toEqual([]);
});

test('`A spokesman for Unison, Britain\'s biggest union, said after the meeting: "…"` stays unnamed', () => {
  const body =
    'John Prescot met the unions on Saturday. Mr Prescot wants a deal. Discussions will resume next week. A spokesman for Unison, ' +
    'Britain\'s biggest union, said after Saturday\'s meeting: "At least we are still talking." As one ' +
    'disgruntled backbencher said before the meeting: "It is time they realised."';
  expect(direct(body).map((q) => q.speaker)).toEqual([null, null]);
});

describe('organisations that speak after being named', () => {
  test('"the organisation said" after "A spokesman for Freedom Without Walls …" is that body', () => {
    const body =
      'The blogger was jailed. A spokesman for Freedom Without Walls, which tracks press freedom, described ' +
      'the sentence as "harsh" and called for his release. "They are making an example of him," the ' +
      'organisation said in a statement.';
    // (The spokesman's "harsh" is the body's or no one's: both are right for an unnamed spokesperson.)
    expect(direct(body).at(-1)?.speaker).toBe('Freedom Without Walls');
  });

  test('a demonym opening a body named with "of" is part of its name, and "it" is that body', () => {
    const body =
      'The plan was opposed last year. The British Chambers of Commerce welcomed the latest proposal. "This ' +
      'move is the best of both worlds," it said.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['British Chambers of Commerce']);
    expect(analyze({ body }).entities.map((e) => e.name)).not.toContain('UK');
  });
});

test('"Liberal Democrat Sarah Tether": the party before a person\'s name is no part of it', () => {
  const body =
    'Liberal Democrat Sarah Tether, the most recent woman MP to be elected, told researchers: "Lots of ' +
    'people say it is like an old boys club."';
  const { entities, quotes } = analyze({ body });
  expect(entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
    'organisation:Liberal Democrats',
    'person:Sarah Tether',
  ]);
  expect(quotes.map((q) => q.speaker)).toEqual(['Sarah Tether']);
});

test('"said the magazine" is the body the text called a magazine, not the firm it writes about', () => {
  const body =
    'Sony has three entries in the list. The list was compiled by Gadget Weekly magazine. Sony is at ' +
    'number 13. "In general we included only items that were potentially mobile," said the magazine.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Gadget Weekly']);
});

test('"told the Reuters news agency that …": the outlet and its two-word noun are the object, not the clause', () => {
  const body = 'The Blue Crescent told the Reuters news agency that it was seeking $6.5m for emergency aid.';
  const [q] = analyze({ body }).quotes;
  expect(q).toMatchObject({
    text: 'it was seeking $6.5m for emergency aid',
    speaker: 'Blue Crescent',
    cue: 'told the Reuters news agency',
  });
});

test('"And last week actor Jo Doe criticised X for being "…"": the sentence\'s named subject, not the last speaker', () => {
  const body =
    'In an interview, comedian Helen Lumb said TV was getting worse. "It is a shame people cannot write a ' +
    'script," she said. And last week actor Dave Jaxon criticised British TV for being "too safe and too cheap".';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Helen Lumb', 'Dave Jaxon']);
});

test('"the report adds" after a lede citing "a report" and a body opening the next sentence: that body', () => {
  const body =
    'Adult courses must be made more attractive, a report says.\n\nThe Public Audit Office praised ministers ' +
    'for reaching the benchmark. Sir Jon Bourne said progress had been made. Some £3.7bn will be spent. It ' +
    'should also assess learners\' progress "at frequent intervals", the report adds.';
  expect(direct(body).at(-1)?.speaker).toBe('Public Audit Office');
});

test('"according to Gartner analyst Jo Doe is "seldom strong"": the source\'s words follow a copula', () => {
  const body =
    'More than 167 million handsets were sold between July and September, a period that, according to ' +
    'Gartner analyst Carolina Milane is "seldom strong".';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Carolina Milane']);
});

describe('mechanisms found by fresh samples 94–97', () => {
  test('after "Mr" a role word is a surname ("Mr Lock"); "Mr Speaker" is an address', () => {
    const body =
      'Campaign group OutFront welcomed the deal. OutFront\'s Mr Lock said: "The main players will attempt to ' +
      'regulate themselves now." Mr Speaker called for order.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Lock']);
    expect(analyze({ body }).entities.map((e) => e.name)).not.toContain('Speaker');
  });

  test('"But he is not envious, insisting: "…"": the participle\'s subject follows the opening "But"', () => {
    const body =
      'Jose Marinho said his side could win the cup. Marinho never coached Valdona. But he is not envious, ' +
      'insisting: "I do not have to be jealous about Valdona because they have a long history."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jose Marinho']);
  });

  test('""…," Mr Kapp is reported as saying": the words of the one reported, not of the last speaker', () => {
    const body =
      'Mitch Kapp sits on the panel. "It is fine," said Dr Jem Philby. Some members are worried. "If pushed to ' +
      'the wall, they will sue everyone in sight," Mr Kapp is reported as saying.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jem Philby', 'Mitch Kapp']);
  });

  test('"Jo Doe was reported as saying that …" is reported speech; "was reported to the police" is not', () => {
    const speech = analyze({
      body: 'Jo Dunmore was reported as saying that the plan would fail badly.',
    }).quotes;
    expect(speech).toMatchObject([
      { kind: 'indirect', speaker: 'Jo Dunmore', text: 'the plan would fail badly' },
    ]);
    expect(analyze({ body: 'He was reported to the police by his neighbour last year.' }).quotes).toEqual([]);
  });

  test('a one-word name taking a plural verb ("Chelsea have decided") is a team, not a first name', () => {
    const body =
      'Chelsea have decided to write off the fee. The club sacked the striker in October. Fans of Chelsea ' +
      'were split over the decision.';
    expect(analyze({ body }).entities).toContainEqual(
      expect.objectContaining({ name: 'Chelsea', type: 'organisation' }),
    );
  });

  test.each([
    ['after the name', 'Tom Wray, the Bishop of Dunholm, called the novel "a great thriller".'],
    [
      'before the name',
      'The Bishop of Dunholm, the Rt Rev Dr Tom Wray, called the novel "a great thriller".',
    ],
  ])('a capitalised title in an appositive %s is a role: "the Bishop said" is its holder', (_, lede) => {
    const body = `${lede} The book by Dan Browning has sold well. Writing in the Northern Post, the Bishop said: "Conspiracy theories are always fun to read and to invent."`;
    expect(direct(body).at(-1)?.speaker).toBe('Tom Wray');
  });

  test('"Jo Doe MP" holds the role: "the MP for X" later is Jo Doe, not the previous sentence\'s subject', () => {
    const body =
      'Former welfare minister Frank Fielding MP criticised the rivalry on Sunday. Party chairman Alan Milbank ' +
      'disagreed with him. "What sort of model does it give to the nation when the two leaders fight?" the MP ' +
      'for Birkhaven asked.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Frank Fielding']);
  });

  test.each([
    ['Conservative MP Dave Camden', null],
    ['Labour MP Dave Camden', 'Dave Camden'],
  ])(
    '"the Labour MP for X asked", then "%s added": the next speaker holds the role only in its party',
    (who, speaker) => {
      const body = `The rivalry was criticised on Sunday. "What sort of model does it give to the nation when the two leaders fight?" the Labour MP for Birkhaven asked. ${who} added: "If it was not so serious it would be funny."`;
      expect(direct(body)[0]?.speaker).toBe(speaker);
    },
  );
});

describe('role phrases with unlisted modifiers (fresh samples 98–101)', () => {
  test('"said the European cross-country champion": a hyphenated modifier keeps the role phrase', () => {
    const body =
      'Paula Radwell must decide by Tuesday. British team member Hattie Yelland said the team would understand ' +
      'if Radwell opted out. "It would be fantastic to have Paula in the team," said the European cross-country ' +
      'champion.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Hattie Yelland']);
  });

  test('"The double Olympic champion said:": unlisted modifiers in a phrase a determiner opens', () => {
    const body =
      "Kelly Holder has been forced out of this weekend's indoor championships after a hamstring injury.\n\n" +
      'The double Olympic champion said: "I am very disappointed that I have been forced to withdraw."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Kelly Holder']);
  });
});

describe('names and pronouns (fresh samples 98–101)', () => {
  test('"Korn, who are at work on their album": a name "who are" refers to is a band, so "he" is not it', () => {
    const body =
      'The guitarist with rock band Kornet has quit. Brian Welsh told a radio station that his bandmates respected ' +
      'his decision. A replacement has yet to be named by Kornet, who are currently at work on an album. "Anger ' +
      'is a good thing, but there is happiness after the anger," he told his local radio station.';
    expect(analyze({ body }).entities).toContainEqual(
      expect.objectContaining({ name: 'Kornet', type: 'organisation' }),
    );
    expect(direct(body).map((q) => q.speaker)).toEqual(['Brian Welsh']);
  });

  test('"… but McIlroy is unfazed. He admitted:": the one taking a stance against the sentence\'s subject', () => {
    const body =
      'Russian Dmitri Bogdan won at the venue last week and then claimed the race would be between himself and ' +
      'Antonio Reyna but Jim McIlray is unfazed.\n\nHe admitted: "He looked quite good in his win and fair enough."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jim McIlray']);
  });

  test('"Prince Saud" is Prince Saud al-Faisal: royals are called by title and first name', () => {
    const body =
      'Foreign Minister Prince Saud al-Faisal spoke on Monday. "We are proud of our women," Arab News quoted ' +
      'Prince Saud as saying.';
    expect(direct(body)).toMatchObject([{ speaker: 'Saud al-Faisal', source: 'Arab News' }]);
  });
});

describe('groups, outlets and copy slips (fresh samples 102–105)', () => {
  test('"The writer was known for …. "…," he said": a described subject after a sentence naming no one', () => {
    const body =
      'Novelist Arthur Haley, who has died at 84, wrote bestsellers. Haley was born in Luton. The book was adapted ' +
      'into a hit film in 1970, starring Burt Lanster as the harassed manager. In a testament to the genre, three ' +
      'sequels followed. The writer was known for his research. "I have never been able to write quickly," he ' +
      'once said.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Arthur Haley']);
  });

  test('"The judges called it "…"": the plural of a role noun is a group, not the last person quoted', () => {
    const body =
      'Buyer Susie Dorr said: "It is great to see her win." The judges called it "an impressive and readable ' +
      'piece of scholarship".';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Susie Dorr', null]);
  });

  test('"The show\'s producers defended Rock, saying …": a possessive subject with a plural role head', () => {
    const body =
      "Comic Chris Rack said he hardly watched the awards. The show's producers defended Rack and confirmed " +
      'he would still host, saying his comments were "humorous digs".';
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
  });

  test('"At a conference hosted by Gordon Brown, he said": people in an opening prepositional phrase', () => {
    const body =
      'Pat Chidamburam argued that the bodies must change. Mr Chidamburam is attending the meeting as a guest. ' +
      'At a conference hosted by UK finance minister Gordon Brawn on Friday, he said that he favoured floating ' +
      'rates. "A flexible exchange rate is one more channel," he told the conference.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Pat Chidamburam']);
  });

  test('`"…?" Mr Kashyap\'s lawyer Mihir Desai said.`: a clause ending on its verb after a question', () => {
    const body =
      'Director Anurag Kashyup said the release should not be delayed. "How can you go against the movie?" ' +
      "Mr Kashyup's lawyer Mihir Desoi said.";
    expect(direct(body)).toMatchObject([{ speaker: 'Mihir Desoi', cue: 'said' }]);
  });

  test('"with the Los Angeles Times labelling it" and "A review in the New York Times dubbed": outlets name', () => {
    const body =
      'US critics were less kind, with the Los Angeles Times labelling it a "dispiriting vanity project". A ' +
      'milder review in the New York Times dubbed the sequel "unabashedly trivial".';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Los Angeles Times', 'New York Times']);
  });

  test('"Carib Chief Charles Williams": a word before an ambiguous title that a first name follows', () => {
    const body =
      'Carib Chief Charles Willems said talks had failed. He said some did not "understand our history, they ' +
      'are weak and not committed to the Carib people".';
    expect(analyze({ body }).entities).toContainEqual(expect.objectContaining({ name: 'Charles Willems' }));
    expect(direct(body).map((q) => q.speaker)).toEqual(['Charles Willems']);
  });

  test('`"…," said Jo Doe. "I believe David will …"`: a first name in a quotation that goes on is a namesake', () => {
    const body =
      'The board appointed Dave Colins. "We searched long and hard," said chief executive David Moorcraft. "I ' +
      'believe David will make a great leader."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['David Moorcraft', 'David Moorcraft']);
  });

  test('"Pranab Mukherjee … said Mr Mukerjee": a long surname one letter off is the same person', () => {
    const body =
      'Pranab Mukharjee said firms could gain from the country\'s workers. "There is tremendous scope," said ' +
      'Mr Mukarjee.';
    expect(analyze({ body }).entities).toContainEqual(
      expect.objectContaining({ name: 'Pranab Mukharjee', type: 'person' }),
    );
    expect(direct(body).map((q) => q.speaker)).toEqual(['Pranab Mukharjee']);
  });
});

describe('unnamed critics and praise (fresh samples 106–109)', () => {
  test('"A critic once said of Dame Alicia\'s dancing:": an indefinite role is someone unnamed', () => {
    const body =
      "Alicia Markovna danced for decades. She retired in 1963. A critic once said of Dame Alicia Markovna's " +
      'dancing: "She gave the illusion of moving as if she had no weight."';
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
  });

  test('"Im, who has made 100 films, was hailed for his "…"": praise given to someone is not their words', () => {
    const body =
      'South Korean director Im Kwon-Taek has won an award. Im, who has made 100 films, was hailed for his ' +
      '"remarkable visual beauty and depth".';
    expect(direct(body).map((q) => q.speaker)).toEqual([null]);
    expect(
      analyze({ body })
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Im Kwon-Taek']);
  });
});

describe('vocabulary and lexicon slips (fresh samples 102–109 with the cross-validated vocabulary)', () => {
  test('"Jade Johnson is undecided": a first name that is also a word still opens a name', () => {
    const body = 'Jade Jonsen is undecided about whether to run. "I will see how I jump," said Jonsen.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Jade Jonsen']);
  });

  test('"she and Anton Dolin established the Festival Ballet": a ballet company is a body, not a person', () => {
    const { entities } = analyze({
      body: 'In 1950 Alicia Markovna and Anton Dolan jointly established the Festival Ballet.',
    });
    expect(entities).toContainEqual(
      expect.objectContaining({ name: 'Festival Ballet', type: 'organisation' }),
    );
  });

  test('`"knew" Kenteris was in Germany when he was alleged to have …`: hearsay in the passive is no cue', () => {
    const body =
      'Kostas Kenteris missed a test. His lawyer Gregor Ionides spoke. The lawyer added that he has proof ' +
      'the authorities "knew" Kenteris was in Germany at the time he was alleged to have missed a test.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Gregor Ionides']);
  });

  test('"Sir Andrew Foster\'s review" is not the brewer tagged "Foster\'s"', () => {
    const vocabulary = createVocabulary([
      { name: "Foster's Group", type: 'organisation', aliases: ["Foster's"], articleCount: 2 },
    ]);
    const { entities } = analyze(
      {
        body: "The appointment followed Sir Andrew Foster's review. Foster, however, declared himself satisfied.",
      },
      { vocabulary },
    );
    expect(entities.map((e) => e.name)).not.toContain("Foster's Group");
  });
});

test('a topic tag listing a person\'s name as an alias ("The Jerry Springer Show") leaves the person their name', () => {
  const vocabulary = createVocabulary([
    { name: 'The Jerry Sprenger Show', type: 'topic', aliases: ['Jerry Sprenger'], articleCount: 2 },
  ]);
  const body =
    'Talk show host Jerry Sprenger has said he would not have written the opera. "I would not have written it," ' +
    'Sprenger said.';
  expect(analyze({ body }, { vocabulary }).quotes.filter((q) => q.kind === 'direct')).toMatchObject([
    { speaker: 'Jerry Sprenger' },
  ]);
});

test('a common noun opening its sentence is nobody\'s name ("Growth was helped by brands which enjoyed a "successful" year")', () => {
  const body = 'Sales rose 4%. Growth was helped by its brands, which enjoyed a "successful" year.';
  const { entities, quotes } = analyze({ body });
  expect(entities.map((e) => e.name)).not.toContain('Growth');
  expect(quotes.filter((q) => q.speaker === 'Growth')).toEqual([]);
});

test('"On Wednesday" is a day, not the club tagged "Sheffield Wednesday" with the alias "Wednesday"', () => {
  const vocabulary = createVocabulary([
    { name: 'Sheffield Wednesday', type: 'organisation', aliases: ['Wednesday'], articleCount: 3 },
  ]);
  const names = (body: string) => analyze({ body }, { vocabulary }).entities.map((e) => e.name);
  expect(names('On Wednesday, however, the central bank moved to steady the markets.')).not.toContain(
    'Sheffield Wednesday',
  );
  expect(names('Sheffield Wednesday won 2-0. Wednesday are now third.')).toContain('Sheffield Wednesday');
});

test('a name before a publication\'s kind names that publication, never the body named last ("Us magazine")', () => {
  const vocabulary = createVocabulary([{ name: 'Fiji', type: 'organisation', articleCount: 2 }]);
  const body =
    'The couple married in Fiji. Us magazine was unrepentant, saying: "She should start her own magazine." ' +
    '"It is fair," said Tatler magazine.';
  const speakers = analyze({ body }, { vocabulary })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
  expect(speakers).toEqual([null, 'Tatler']);
});

test('"When Jo Doe appeared …, he said" is Jo Doe: that comma closes a clause with its own subject, not a reported one', () => {
  const body =
    '"It was a great night," Tom Jones said. When John Bloggs appeared on the show two days later, he said ' +
    'Jones was no longer a member. "Every record he sells is based on me," he said.';
  expect(direct(body).map((q) => q.speaker)).toEqual(['Tom Jones', 'John Bloggs']);
});

test('a quotation that names someone in full is about them, not theirs: it stays with the one speaking before', () => {
  const quotes = direct(
    [
      'The coach named his squad on Monday. "We want the strongest team," said Woodward.',
      'And Scotland forward Simon Tavish looks certain to get the call. "I have no doubts that Simon Tavish is an outstanding player."',
    ].join('\n\n'),
  );
  expect(quotes.map((q) => q.speaker)).toEqual(['Woodward', 'Woodward']);
});

test('a cue that calls the speaker by name holds, though the words (run on past a lost closing mark) name them in full', () => {
  const quotes = direct(
    'Paul Bosveld wants a new deal. "I told the club I would like to stay," he said. "The main concern is my age. Bosveld joined in 2003 and impressed manager Kevin Keagan. "He is an unsung hero," said Keagan.',
  );
  expect(quotes.at(-1)?.speaker).toBe('Kevin Keagan');
});
