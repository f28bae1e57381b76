/**
 * The corpus generator's vocabulary: real Amazon office locations, real and synthetic teams, job titles, and
 * phrase pools per research area. Shared with the benchmarks, which build JobCards straight from these pools.
 */
import { RESEARCH_AREAS, type ResearchArea } from '../../src/shared/bundle-schema';

export interface Office {
  /** As a listing writes it: `US, WA, Seattle` or `GB, London`. */
  label: string;
  country: string;
  region: string | null;
  city: string;
  /** How common the office is among listings. */
  weight: number;
  /** "City, State/Country" as the long-form (MULTIPLE POSITIONS) listings write it. */
  longName: string;
}

const US_STATES: Record<string, string> = {
  WA: 'Washington',
  CA: 'California',
  NY: 'New York',
  MA: 'Massachusetts',
  TX: 'Texas',
  VA: 'Virginia',
  DC: 'District of Columbia',
  NJ: 'New Jersey',
  IL: 'Illinois',
  GA: 'Georgia',
  CO: 'Colorado',
  PA: 'Pennsylvania',
  OR: 'Oregon',
  MN: 'Minnesota',
  TN: 'Tennessee',
  AZ: 'Arizona',
  MI: 'Michigan',
  NC: 'North Carolina',
};

const COUNTRY_NAMES: Record<string, string> = {
  CA: 'Canada',
  GB: 'United Kingdom',
  DE: 'Germany',
  LU: 'Luxembourg',
  FR: 'France',
  ES: 'Spain',
  IT: 'Italy',
  NL: 'Netherlands',
  IE: 'Ireland',
  PL: 'Poland',
  CZ: 'Czech Republic',
  IL: 'Israel',
  IN: 'India',
  JP: 'Japan',
  CN: 'China',
  SG: 'Singapore',
  AU: 'Australia',
  KR: 'South Korea',
  BR: 'Brazil',
  MX: 'Mexico',
  AE: 'United Arab Emirates',
  SA: 'Saudi Arabia',
  ZA: 'South Africa',
  SE: 'Sweden',
  CH: 'Switzerland',
  AT: 'Austria',
  TW: 'Taiwan',
  RO: 'Romania',
  FI: 'Finland',
};

/** [label, weight]. Weights are rough shares of Amazon Science listings: Seattle-heavy, a long tail abroad. */
const OFFICE_ROWS: readonly (readonly [string, number])[] = [
  ['US, WA, Seattle', 30],
  ['US, WA, Bellevue', 12],
  ['US, WA, Redmond', 3],
  ['US, CA, San Francisco', 5],
  ['US, CA, Sunnyvale', 7],
  ['US, CA, Santa Clara', 4],
  ['US, CA, Palo Alto', 3],
  ['US, CA, Los Angeles', 2],
  ['US, CA, Culver City', 2],
  ['US, CA, San Diego', 2],
  ['US, CA, Irvine', 1.5],
  ['US, CA, Pasadena', 1.5],
  ['US, NY, New York', 9],
  ['US, MA, Boston', 5],
  ['US, MA, Cambridge', 3],
  ['US, MA, Westborough', 2],
  ['US, MA, North Reading', 1.5],
  ['US, TX, Austin', 4],
  ['US, TX, Dallas', 1],
  ['US, VA, Arlington', 5],
  ['US, VA, Herndon', 1.5],
  ['US, DC, Washington', 1],
  ['US, NJ, Jersey City', 1],
  ['US, NJ, Newark', 1],
  ['US, IL, Chicago', 1],
  ['US, GA, Atlanta', 1],
  ['US, CO, Boulder', 1],
  ['US, CO, Denver', 0.5],
  ['US, PA, Pittsburgh', 1],
  ['US, OR, Portland', 0.5],
  ['US, MN, Minneapolis', 0.5],
  ['US, TN, Nashville', 1],
  ['US, AZ, Tempe', 0.5],
  ['US, MI, Detroit', 0.5],
  ['US, NC, Raleigh', 0.5],
  ['CA, ON, Toronto', 3],
  ['CA, BC, Vancouver', 2],
  ['CA, QC, Montreal', 0.5],
  ['GB, London', 4],
  ['GB, Cambridge', 2],
  ['GB, Edinburgh', 1],
  ['GB, Manchester', 0.5],
  ['DE, BE, Berlin', 3],
  ['DE, BY, Munich', 1],
  ['DE, BW, Tübingen', 1],
  ['DE, NW, Aachen', 0.5],
  ['LU, Luxembourg', 1.5],
  ['FR, Paris', 0.5],
  ['FR, Clichy', 0.5],
  ['ES, M, Madrid', 1],
  ['ES, B, Barcelona', 1],
  ['IT, Turin', 1],
  ['IT, Milan', 0.5],
  ['NL, Amsterdam', 0.5],
  ['IE, Dublin', 1],
  ['PL, Gdańsk', 0.5],
  ['CZ, Prague', 0.3],
  ['RO, Iași', 0.3],
  ['FI, Helsinki', 0.2],
  ['SE, Stockholm', 0.3],
  ['CH, Zurich', 0.5],
  ['AT, Graz', 0.3],
  ['IL, Tel Aviv', 1],
  ['IL, Haifa', 1],
  ['IN, KA, Bangalore', 4],
  ['IN, TS, Hyderabad', 2],
  ['IN, TN, Chennai', 1],
  ['IN, DL, Delhi', 0.5],
  ['IN, MH, Mumbai', 0.5],
  ['IN, HR, Gurugram', 0.5],
  ['JP, 13, Tokyo', 2],
  ['CN, 11, Beijing', 1],
  ['CN, 31, Shanghai', 1],
  ['TW, Taipei', 0.3],
  ['KR, 11, Seoul', 0.3],
  ['SG, Singapore', 1],
  ['AU, NSW, Sydney', 1],
  ['AU, VIC, Melbourne', 0.5],
  ['BR, SP, São Paulo', 0.5],
  ['MX, CMX, Mexico City', 0.3],
  ['AE, Dubai', 0.3],
  ['SA, Riyadh', 0.2],
  ['ZA, Cape Town', 0.5],
];

export const OFFICES: readonly Office[] = OFFICE_ROWS.map(([label, weight]) => {
  const parts = label.split(', ');
  const country = parts[0] as string;
  const region = parts.length === 3 ? (parts[1] as string) : null;
  const city = parts[parts.length - 1] as string;
  const longName =
    country === 'US'
      ? `${city}, ${US_STATES[region ?? ''] ?? region}`
      : `${city}, ${COUNTRY_NAMES[country] ?? country}`;
  return { label, country, region, city, weight, longName };
});
export const OFFICE_WEIGHTS: readonly number[] = OFFICES.map((o) => o.weight);

/** Amazon Science's 13 areas, in the schema's order (AREA_WEIGHTS follows it). */
export const AREAS: readonly ResearchArea[] = RESEARCH_AREAS;
/** How common each area is as a listing's main area. */
export const AREA_WEIGHTS: readonly number[] = [2, 4, 5, 6, 5, 3, 14, 5, 1.5, 3, 5, 3, 1.5];

export interface AreaVocab {
  /** Key phrases, as prose would write them. */
  keywords: readonly string[];
  /** Problems the area's teams work on ("forecast demand for millions of products"). */
  problems: readonly string[];
  /** Methods and tools. */
  methods: readonly string[];
  /** Degree fields for the qualifications. */
  fields: readonly string[];
  /** Title specialisations. */
  specialties: readonly string[];
}

export const AREA_VOCAB: Record<ResearchArea, AreaVocab> = {
  'Automated reasoning': {
    keywords: [
      'automated reasoning',
      'formal verification',
      'formal methods',
      'theorem proving',
      'model checking',
      'SMT solvers',
      'program analysis',
    ],
    problems: [
      'prove the correctness of access-control policies at cloud scale',
      'verify cryptographic libraries before they ship',
      'find bugs in distributed protocols before customers do',
      'build provable security into storage and identity services',
      'answer questions about network reachability with mathematical certainty',
    ],
    methods: [
      'Dafny',
      'Lean',
      'Coq',
      'Isabelle',
      'TLA+',
      'SAT and SMT solvers',
      'symbolic execution',
      'abstract interpretation',
      'bounded model checking',
    ],
    fields: ['Computer Science', 'Logic', 'Mathematics'],
    specialties: ['Automated Reasoning', 'Formal Methods', 'Verification'],
  },
  'Cloud and systems': {
    keywords: [
      'distributed systems',
      'data centers',
      'networking',
      'cloud infrastructure',
      'compilers',
      'storage systems',
      'operating systems',
    ],
    problems: [
      'keep the cloud running for millions of customers',
      'design the next generation of custom silicon for machine learning',
      'reduce tail latency across thousands of storage servers',
      'plan capacity for data centers on six continents',
      'build communication systems for a constellation of low Earth orbit satellites',
    ],
    methods: [
      'Rust',
      'C++',
      'eBPF',
      'FPGA prototyping',
      'queueing models',
      'performance modeling',
      'signal processing',
      'MLIR',
    ],
    fields: ['Computer Engineering', 'Electrical Engineering', 'Computer Science'],
    specialties: ['Systems', 'Silicon', 'Networking', 'Storage'],
  },
  'Computer vision': {
    keywords: [
      'computer vision',
      'image understanding',
      'object detection',
      'video understanding',
      '3D reconstruction',
      'visual search',
      'image generation',
    ],
    problems: [
      'understand what is happening in a store from overhead cameras',
      'let customers search the catalog with a photo',
      'detect damaged packages before they leave the fulfillment center',
      'generate product imagery for millions of sellers',
      'measure video quality on thousands of device types',
    ],
    methods: [
      'convolutional networks',
      'vision transformers',
      'diffusion models',
      'neural radiance fields',
      'self-supervised pretraining',
      'multi-view geometry',
    ],
    fields: ['Computer Vision', 'Computer Science', 'Electrical Engineering'],
    specialties: ['Computer Vision', 'Perception', 'Visual Search', 'Video Understanding'],
  },
  'Conversational AI': {
    keywords: [
      'conversational AI',
      'natural language understanding',
      'dialogue systems',
      'speech recognition',
      'natural language processing',
      'text-to-speech',
      'spoken language understanding',
    ],
    problems: [
      'make Alexa understand requests it has never heard before',
      'build assistants that hold a multi-turn conversation',
      'synthesize expressive speech in dozens of languages',
      'ground large language models in customer context',
      'evaluate generated answers for helpfulness and harm',
    ],
    methods: [
      'large language models',
      'retrieval-augmented generation',
      'instruction tuning',
      'RLHF',
      'speech synthesis',
      'sequence-to-sequence models',
    ],
    fields: ['Computational Linguistics', 'Computer Science', 'Linguistics'],
    specialties: ['Conversational AI', 'NLP', 'Speech', 'LLM Evaluation', 'Generative AI'],
  },
  Economics: {
    keywords: [
      'econometrics',
      'causal inference',
      'economic modeling',
      'structural econometrics',
      'experimental design',
      'pricing',
      'labor economics',
    ],
    problems: [
      'measure the incremental impact of business decisions',
      'set prices for hundreds of millions of products',
      'forecast the labor needs of the operations network',
      'design incentive programs for selling partners',
      'estimate the long-term value of a Prime membership',
    ],
    methods: [
      'difference-in-differences',
      'instrumental variables',
      'regression discontinuity',
      'double machine learning',
      'structural models',
      'A/B testing',
      'panel data methods',
    ],
    fields: ['Economics', 'Statistics', 'Finance'],
    specialties: ['Pricing', 'Causal Inference', 'Forecasting', 'Labor Economics', 'Marketplace Economics'],
  },
  'Information and knowledge management': {
    keywords: [
      'knowledge graphs',
      'information extraction',
      'entity resolution',
      'data quality',
      'ontologies',
      'catalog data',
      'data integration',
    ],
    problems: [
      'keep the product catalog accurate and complete',
      'link facts about products, brands and sellers into one graph',
      'extract structured attributes from unstructured listings',
      'detect and repair inconsistent data across systems',
      'answer questions over enterprise documents',
    ],
    methods: [
      'graph neural networks',
      'weak supervision',
      'schema matching',
      'active learning',
      'SPARQL',
      'data programming',
    ],
    fields: ['Computer Science', 'Information Science', 'Data Science'],
    specialties: ['Knowledge Graphs', 'Catalog Quality', 'Data Quality'],
  },
  'Machine learning': {
    keywords: [
      'machine learning',
      'deep learning',
      'reinforcement learning',
      'representation learning',
      'foundation models',
      'generative models',
      'time series forecasting',
    ],
    problems: [
      'forecast demand for hundreds of millions of products',
      'train foundation models that generalize across domains',
      'personalize recommendations for every customer',
      'learn from sparse and delayed feedback',
      'make large models cheaper to train and serve',
    ],
    methods: [
      'transformers',
      'gradient boosted trees',
      'Bayesian optimization',
      'PyTorch',
      'JAX',
      'distributed training',
      'contrastive learning',
      'mixture of experts',
    ],
    fields: ['Machine Learning', 'Computer Science', 'Statistics', 'Applied Mathematics'],
    specialties: ['Machine Learning', 'Generative AI', 'Recommendations', 'Forecasting', 'Foundation Models'],
  },
  'Operations research and optimization': {
    keywords: [
      'operations research',
      'optimization',
      'mixed-integer programming',
      'stochastic optimization',
      'simulation',
      'supply chain',
      'network design',
    ],
    problems: [
      'decide where to place inventory across the fulfillment network',
      'route millions of packages every day',
      'plan transportation capacity weeks ahead',
      'schedule labor across hundreds of sites',
      'design the middle mile of the delivery network',
    ],
    methods: [
      'linear programming',
      'column generation',
      'dynamic programming',
      'discrete-event simulation',
      'Gurobi',
      'CPLEX',
      'approximate dynamic programming',
    ],
    fields: ['Operations Research', 'Industrial Engineering', 'Applied Mathematics'],
    specialties: ['Operations Research', 'Supply Chain Optimization', 'Transportation', 'Inventory Planning'],
  },
  'Quantum technologies': {
    keywords: [
      'quantum computing',
      'quantum error correction',
      'superconducting qubits',
      'quantum algorithms',
      'quantum hardware',
      'cryogenic systems',
    ],
    problems: [
      'build a fault-tolerant quantum computer',
      'design error-corrected logical qubits',
      'characterize noise in superconducting circuits',
      'simulate quantum devices at scale',
    ],
    methods: [
      'bosonic codes',
      'microwave engineering',
      'device fabrication',
      'numerical simulation',
      'cryogenic measurement',
    ],
    fields: ['Physics', 'Electrical Engineering', 'Applied Physics'],
    specialties: ['Quantum Hardware', 'Quantum Error Correction', 'Quantum Algorithms'],
  },
  Robotics: {
    keywords: [
      'robotics',
      'robotic manipulation',
      'motion planning',
      'robot perception',
      'autonomous mobile robots',
      'grasping',
      'embodied AI',
    ],
    problems: [
      'teach robots to pick millions of different items',
      'move inventory safely alongside people',
      'plan motion for fleets of mobile robots',
      'bring foundation models to physical robots',
      'sort packages with robotic arms',
    ],
    methods: [
      'reinforcement learning',
      'imitation learning',
      'sim-to-real transfer',
      'SLAM',
      'trajectory optimization',
      'ROS',
    ],
    fields: ['Robotics', 'Mechanical Engineering', 'Computer Science'],
    specialties: ['Robotics', 'Manipulation', 'Motion Planning', 'Robot Learning'],
  },
  'Search and information retrieval': {
    keywords: [
      'information retrieval',
      'search relevance',
      'learning to rank',
      'query understanding',
      'semantic search',
      'recommender systems',
      'ranking',
    ],
    problems: [
      'help customers find what they are looking for',
      'rank results for billions of queries',
      'understand the intent behind a short query',
      'match advertisers with shoppers',
      'recommend the next title to watch',
    ],
    methods: [
      'dense retrieval',
      'neural ranking',
      'counterfactual evaluation',
      'embedding models',
      'bandits',
      'click models',
    ],
    fields: ['Computer Science', 'Information Retrieval', 'Statistics'],
    specialties: ['Search', 'Ranking', 'Recommendations', 'Ads Relevance'],
  },
  'Security, privacy, and abuse prevention': {
    keywords: [
      'fraud detection',
      'abuse prevention',
      'privacy',
      'cryptography',
      'identity',
      'anomaly detection',
      'account takeover',
    ],
    problems: [
      'stop fraudulent orders before they ship',
      'protect customer accounts from takeover',
      'keep fake reviews out of the store',
      'preserve privacy while learning from data',
      'detect abuse of cloud resources',
    ],
    methods: [
      'graph mining',
      'differential privacy',
      'anomaly detection models',
      'risk scoring',
      'adversarial machine learning',
      'secure multi-party computation',
    ],
    fields: ['Computer Science', 'Statistics', 'Cryptography'],
    specialties: ['Fraud Prevention', 'Privacy', 'Trust and Safety', 'Identity'],
  },
  Sustainability: {
    keywords: [
      'sustainability',
      'carbon emissions',
      'renewable energy',
      'decarbonization',
      'life cycle assessment',
      'climate',
    ],
    problems: [
      'measure the carbon footprint of every product',
      'reach net-zero carbon across the operations network',
      'forecast output from wind and solar farms',
      'reduce packaging waste',
    ],
    methods: [
      'life cycle assessment',
      'energy forecasting',
      'remote sensing',
      'emissions accounting',
      'optimization under uncertainty',
    ],
    fields: ['Environmental Science', 'Engineering', 'Economics'],
    specialties: ['Sustainability Science', 'Carbon Accounting', 'Energy'],
  },
};

export interface TeamDef {
  name: string;
  /** Areas the team works in, most typical first (indexes into AREAS). */
  areas: readonly number[];
  /** Whether listings carry the AWS boilerplate. */
  aws: boolean;
  /** What the team does, as a clause ("builds the systems that …"). */
  mission: string;
}

const A = (name: ResearchArea) => AREAS.indexOf(name);

/** Teams named in real Amazon Science listings. */
export const REAL_TEAMS: readonly TeamDef[] = [
  {
    name: 'Prime Video',
    areas: [A('Machine learning'), A('Computer vision'), A('Search and information retrieval')],
    aws: false,
    mission: 'brings movies, series and live sports to customers on thousands of devices',
  },
  {
    name: 'Alexa',
    areas: [A('Conversational AI'), A('Machine learning')],
    aws: false,
    mission: 'builds the assistant that millions of customers talk to every day',
  },
  {
    name: 'AWS Identity',
    areas: [A('Security, privacy, and abuse prevention'), A('Automated reasoning')],
    aws: true,
    mission: 'controls who can access what across the cloud',
  },
  {
    name: 'Amazon Robotics',
    areas: [A('Robotics'), A('Computer vision'), A('Machine learning')],
    aws: false,
    mission: 'builds the robots that work alongside people in fulfillment centers',
  },
  {
    name: 'Audible',
    areas: [A('Economics'), A('Search and information retrieval')],
    aws: false,
    mission: 'produces and shares audio storytelling with millions of listeners',
  },
  {
    name: 'Twitch',
    areas: [A('Economics'), A('Machine learning')],
    aws: false,
    mission: 'runs the world’s biggest live streaming service for gamers and creators',
  },
  {
    name: 'Amazon Ads',
    areas: [A('Search and information retrieval'), A('Economics'), A('Machine learning')],
    aws: false,
    mission: 'connects brands with shoppers across Amazon’s stores and devices',
  },
  {
    name: 'Amazon Leo',
    areas: [A('Cloud and systems')],
    aws: false,
    mission: 'is launching a constellation of low Earth orbit satellites for broadband',
  },
  {
    name: 'Artificial General Intelligence',
    areas: [A('Machine learning'), A('Conversational AI')],
    aws: false,
    mission: 'trains Amazon’s frontier foundation models',
  },
  {
    name: 'Supply Chain Optimization Technologies',
    areas: [A('Operations research and optimization'), A('Machine learning')],
    aws: false,
    mission: 'decides what to buy, where to place it and how much to hold',
  },
  {
    name: 'Amazon Search',
    areas: [A('Search and information retrieval'), A('Machine learning')],
    aws: false,
    mission: 'powers product search for hundreds of millions of customers',
  },
  {
    name: 'Amazon Pharmacy',
    areas: [A('Machine learning'), A('Operations research and optimization')],
    aws: false,
    mission: 'makes it easier for customers to get the medications they need',
  },
  {
    name: 'Zoox',
    areas: [A('Robotics'), A('Computer vision')],
    aws: false,
    mission: 'builds autonomous robotaxis from the ground up',
  },
  {
    name: 'Amazon Music',
    areas: [A('Search and information retrieval'), A('Machine learning')],
    aws: false,
    mission: 'brings music and podcasts to listeners in dozens of countries',
  },
  {
    name: 'Amazon Bedrock',
    areas: [A('Machine learning'), A('Conversational AI')],
    aws: true,
    mission: 'lets customers build generative AI applications with foundation models',
  },
  {
    name: 'Amazon SageMaker',
    areas: [A('Machine learning'), A('Cloud and systems')],
    aws: true,
    mission: 'helps customers build, train and deploy machine learning models',
  },
  {
    name: 'AWS Center for Quantum Computing',
    areas: [A('Quantum technologies')],
    aws: true,
    mission: 'is building a fault-tolerant quantum computer',
  },
  {
    name: 'Automated Reasoning Group',
    areas: [A('Automated reasoning'), A('Security, privacy, and abuse prevention')],
    aws: true,
    mission: 'applies mathematical logic to prove properties of cloud services',
  },
  {
    name: 'Amazon Business',
    areas: [A('Economics'), A('Machine learning')],
    aws: false,
    mission: 'serves millions of business customers around the world',
  },
  {
    name: 'Last Mile',
    areas: [A('Operations research and optimization'), A('Machine learning')],
    aws: false,
    mission: 'delivers packages to customers’ doors',
  },
  {
    name: 'Amazon Fashion',
    areas: [A('Computer vision'), A('Search and information retrieval')],
    aws: false,
    mission: 'helps customers find clothes that fit and flatter',
  },
  {
    name: 'Buyer Risk Prevention',
    areas: [A('Security, privacy, and abuse prevention'), A('Machine learning')],
    aws: false,
    mission: 'keeps fraudsters out of the store',
  },
  {
    name: 'Amazon Payments',
    areas: [A('Security, privacy, and abuse prevention'), A('Economics')],
    aws: false,
    mission: 'processes payments for customers in every marketplace',
  },
  {
    name: 'Ring',
    areas: [A('Computer vision'), A('Machine learning')],
    aws: false,
    mission: 'makes neighborhoods safer with smart cameras and doorbells',
  },
  {
    name: 'Kindle',
    areas: [A('Search and information retrieval'), A('Information and knowledge management')],
    aws: false,
    mission: 'brings books to readers on every device',
  },
  {
    name: 'Fire TV',
    areas: [A('Search and information retrieval'), A('Conversational AI')],
    aws: false,
    mission: 'builds the streaming media experience in millions of living rooms',
  },
  {
    name: 'Amazon Stores Economics and Science',
    areas: [A('Economics')],
    aws: false,
    mission: 'applies economics to the hardest problems in retail',
  },
  {
    name: 'Demand Forecasting',
    areas: [A('Machine learning'), A('Operations research and optimization')],
    aws: false,
    mission: 'forecasts demand for every product in every region',
  },
  {
    name: 'Amazon Transportation Services',
    areas: [A('Operations research and optimization')],
    aws: false,
    mission: 'moves packages across the middle mile',
  },
  {
    name: 'Modeling and Optimization',
    areas: [A('Operations research and optimization'), A('Machine learning')],
    aws: false,
    mission: 'provides analytical decision support to Amazon planning',
  },
  {
    name: 'Worldwide Grocery Stores',
    areas: [A('Computer vision'), A('Machine learning')],
    aws: false,
    mission: 'builds the technology behind Amazon’s grocery stores',
  },
  {
    name: 'Selling Partner Services',
    areas: [A('Economics'), A('Information and knowledge management')],
    aws: false,
    mission: 'helps millions of independent sellers grow their businesses',
  },
  {
    name: 'Customer Service',
    areas: [A('Conversational AI'), A('Machine learning')],
    aws: false,
    mission: 'answers customers’ questions in every channel',
  },
  {
    name: 'Amazon Security',
    areas: [A('Security, privacy, and abuse prevention')],
    aws: false,
    mission: 'protects Amazon and its customers from threats',
  },
  {
    name: 'Lab126',
    areas: [A('Cloud and systems'), A('Computer vision')],
    aws: false,
    mission: 'designs Echo, Kindle and Fire TV devices',
  },
  {
    name: 'Amazon Sustainability',
    areas: [A('Sustainability'), A('Operations research and optimization')],
    aws: false,
    mission: 'works toward net-zero carbon across Amazon',
  },
  {
    name: 'AWS Infrastructure Services',
    areas: [A('Cloud and systems'), A('Sustainability')],
    aws: true,
    mission: 'designs, plans, delivers and operates all AWS global infrastructure',
  },
  {
    name: 'Annapurna Labs',
    areas: [A('Cloud and systems'), A('Machine learning')],
    aws: true,
    mission: 'builds the custom chips behind AWS',
  },
  {
    name: 'Catalog Quality',
    areas: [A('Information and knowledge management'), A('Machine learning')],
    aws: false,
    mission: 'makes product information complete and correct',
  },
  {
    name: 'Amazon Retail Pricing',
    areas: [A('Economics'), A('Operations research and optimization')],
    aws: false,
    mission: 'sets competitive prices across the store',
  },
  {
    name: 'Amazon Freight',
    areas: [A('Operations research and optimization'), A('Economics')],
    aws: false,
    mission: 'runs a truckload freight marketplace for shippers and carriers',
  },
  {
    name: 'IMDb',
    areas: [A('Search and information retrieval'), A('Information and knowledge management')],
    aws: false,
    mission: 'is the world’s most popular source for movie and TV information',
  },
  {
    name: 'Whole Foods Market',
    areas: [A('Operations research and optimization'), A('Economics')],
    aws: false,
    mission: 'runs hundreds of grocery stores',
  },
  {
    name: 'Amazon Connect',
    areas: [A('Conversational AI'), A('Cloud and systems')],
    aws: true,
    mission: 'gives businesses an AI-powered contact center in the cloud',
  },
  {
    name: 'AWS Supply Chain',
    areas: [A('Operations research and optimization'), A('Machine learning')],
    aws: true,
    mission: 'helps customers plan and run their supply chains',
  },
  {
    name: 'Amazon Games',
    areas: [A('Machine learning'), A('Cloud and systems')],
    aws: false,
    mission: 'builds games played by millions',
  },
  {
    name: 'One Medical',
    areas: [A('Machine learning'), A('Conversational AI')],
    aws: false,
    mission: 'makes primary care more convenient',
  },
  {
    name: 'Amazon Photos',
    areas: [A('Computer vision')],
    aws: false,
    mission: 'keeps customers’ memories safe and easy to find',
  },
];

const SYNTHETIC_PREFIXES = [
  'Amazon',
  'AWS',
  'Alexa',
  'Prime',
  'Ads',
  'Devices',
  'Retail',
  'Stores',
  'Global',
  'Worldwide',
];
const SYNTHETIC_SUBJECTS: readonly (readonly [string, ResearchArea])[] = [
  ['Demand Sensing', 'Machine learning'],
  ['Pricing Science', 'Economics'],
  ['Trust and Safety', 'Security, privacy, and abuse prevention'],
  ['Visual Intelligence', 'Computer vision'],
  ['Speech Science', 'Conversational AI'],
  ['Inventory Planning', 'Operations research and optimization'],
  ['Knowledge Platform', 'Information and knowledge management'],
  ['Relevance', 'Search and information retrieval'],
  ['Carbon Science', 'Sustainability'],
  ['Verification', 'Automated reasoning'],
  ['Fleet Robotics', 'Robotics'],
  ['Network Planning', 'Operations research and optimization'],
  ['Personalization', 'Search and information retrieval'],
  ['Causal Measurement', 'Economics'],
  ['Foundation Models', 'Machine learning'],
  ['Perception', 'Computer vision'],
  ['Dialogue', 'Conversational AI'],
  ['Storage Systems', 'Cloud and systems'],
  ['Fraud Science', 'Security, privacy, and abuse prevention'],
  ['Quantum Devices', 'Quantum technologies'],
  ['Forecasting Platform', 'Machine learning'],
  ['Experimentation', 'Economics'],
  ['Catalog Intelligence', 'Information and knowledge management'],
  ['Routing', 'Operations research and optimization'],
];
const SYNTHETIC_SUFFIXES = ['', '', ' Science', ' Labs', ' Analytics'];

/**
 * Real teams plus `synthetic` made-up ones ("Retail Pricing Science Labs"), so that a large corpus has a long
 * tail of teams like the real board. Deterministic: the same count gives the same list.
 */
export function teamPool(synthetic: number): TeamDef[] {
  const out: TeamDef[] = [...REAL_TEAMS];
  const seen = new Set(out.map((t) => t.name));
  let i = 0;
  while (out.length < REAL_TEAMS.length + synthetic && i < 100_000) {
    const prefix = SYNTHETIC_PREFIXES[(i * 7) % SYNTHETIC_PREFIXES.length] as string;
    const [subject, area] = SYNTHETIC_SUBJECTS[
      (i * 5 + Math.floor(i / SYNTHETIC_SUBJECTS.length)) % SYNTHETIC_SUBJECTS.length
    ] as readonly [string, ResearchArea];
    const suffix = SYNTHETIC_SUFFIXES[Math.floor(i / 3) % SYNTHETIC_SUFFIXES.length] as string;
    const name = `${prefix} ${subject}${subject.endsWith('Science') && suffix === ' Science' ? '' : suffix}`;
    i++;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      name,
      areas: A(area) === A('Machine learning') ? [A(area)] : [A(area), A('Machine learning')],
      aws: prefix === 'AWS',
      mission: `owns ${subject.toLowerCase()} for ${prefix === 'AWS' ? 'AWS customers' : 'Amazon’s businesses worldwide'}`,
    });
  }
  return out;
}

export const ROLES: readonly {
  title: string;
  weight: number;
  areas?: readonly number[];
  manager?: boolean;
}[] = [
  { title: 'Applied Scientist', weight: 30 },
  { title: 'Research Scientist', weight: 12 },
  { title: 'Data Scientist', weight: 8 },
  { title: 'Economist', weight: 5, areas: [A('Economics')] },
  { title: 'Machine Learning Engineer', weight: 4, areas: [A('Machine learning')] },
  { title: 'Applied Science Manager', weight: 4, manager: true },
  { title: 'Research Science Manager', weight: 2, manager: true },
  { title: 'Quantum Research Scientist', weight: 1, areas: [A('Quantum technologies')] },
  { title: 'Speech Scientist', weight: 1, areas: [A('Conversational AI')] },
  { title: 'Language Engineer', weight: 1, areas: [A('Conversational AI')] },
  { title: 'Research Engineer', weight: 2 },
  { title: 'Postdoctoral Scientist', weight: 1 },
  { title: 'Systems Engineer', weight: 1, areas: [A('Cloud and systems')] },
  { title: 'Business Intelligence Engineer', weight: 1 },
  { title: 'Principal Economist', weight: 0.5, areas: [A('Economics')] },
];
export const LEVELS = ['', '', '', 'Senior ', 'Sr. ', 'Principal ', 'Lead '] as const;
export const ROMAN_LEVELS = ['I', 'II', 'III'] as const;
export const INTERN_ROLES = [
  'Applied Scientist Intern',
  'Research Scientist Intern',
  'PhD Research Scientist Intern',
  'Economist Intern',
  'Data Science Intern',
  'Applied Science Intern (PhD)',
] as const;

export const FIRST_NAMES = [
  'Nafea',
  'Priya',
  'Wei',
  'Maria',
  'Tomás',
  'Aisha',
  'Kenji',
  'Olga',
  'Daniel',
  'Fatima',
  'Lucas',
  'Mei',
  'Arjun',
  'Sofia',
  'Jonas',
  'Amara',
  'Hiroshi',
  'Elena',
  'Samuel',
  'Leila',
  'Chen',
  'Ingrid',
  'Rafael',
  'Yuki',
  'Noor',
  'Matteo',
  'Zainab',
  'Pavel',
] as const;
export const LAST_NAMES = [
  'Bshara',
  'Sharma',
  'Zhang',
  'García',
  'Okafor',
  'Tanaka',
  'Petrova',
  'Müller',
  'Haddad',
  'Silva',
  'Kim',
  'Rao',
  'Novak',
  'Andersen',
  'Mensah',
  'Ito',
  'Rossi',
  'Cohen',
  'Nguyen',
  'Kowalski',
  'Dubois',
  'Ahmed',
  'Larsen',
  'Fernández',
  'Singh',
] as const;
